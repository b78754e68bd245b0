package vn.edudx.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.edudx.api.score.Score;
import vn.edudx.api.workflow.Action;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.Transition;

/**
 * One change of an assessment being put together: its next fields and the history entries that
 * explain it, all by one person at one time, so that they are saved together or not at all.
 */
final class Change {

  private final Assessment before;
  private final String actor;
  private final Instant at;
  private final List<Transition> entries = new ArrayList<>();

  AssessmentState state;
  boolean external;
  Instant submittedAt;
  boolean late;
  String reason;
  Instant decidedAt;
  String decidedBy;
  Score approvedScore;

  Change(Assessment before, String actor, Instant at) {
    this.before = before;
    this.actor = actor;
    this.at = at;
    this.state = before.state();
    this.external = before.external();
    this.submittedAt = before.submittedAt();
    this.late = before.late();
    this.reason = before.reason();
    this.decidedAt = before.decidedAt();
    this.decidedBy = before.decidedBy();
    this.approvedScore = before.approvedScore();
  }

  Instant at() {
    return at;
  }

  /** Moves to another state and records why. */
  Change move(Action action, AssessmentState to, String why) {
    record(action, to, why, null, null, null);
    state = to;
    return this;
  }

  /** Records a value change; the state stays. */
  Change value(String indicatorCode, String oldValue, String newValue, String note) {
    record(Action.EDIT_VALUE, state, note, indicatorCode, oldValue, newValue);
    return this;
  }

  /** Records a decision of the office. */
  Change decided() {
    decidedAt = at;
    decidedBy = actor;
    return this;
  }

  private void record(
      Action action,
      AssessmentState to,
      String why,
      String indicatorCode,
      String oldValue,
      String newValue) {
    // The first entry of an assessment never stored has no state before it.
    AssessmentState from = entries.isEmpty() && before.revision() == 0 ? null : state;
    entries.add(
        new Transition(
            0,
            before.unitCode(),
            before.period(),
            before.setId(),
            action,
            from,
            to,
            actor,
            at,
            why,
            indicatorCode,
            oldValue,
            newValue));
  }

  Assessment next() {
    return new Assessment(
        before.unitCode(),
        before.period(),
        before.setId(),
        before.setVersion(),
        state,
        external,
        submittedAt,
        late,
        reason,
        decidedAt,
        decidedBy,
        approvedScore,
        before.revision());
  }

  List<Transition> entries() {
    return List.copyOf(entries);
  }
}
