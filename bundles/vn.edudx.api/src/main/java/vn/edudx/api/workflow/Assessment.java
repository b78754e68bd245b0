package vn.edudx.api.workflow;

import java.time.Instant;
import vn.edudx.api.score.Score;

/**
 * A unit's assessment for a period under one indicator set.
 *
 * @param setVersion the version of the set it is assessed under (the one active for the period when
 *     the assessment began)
 * @param external whether the office evaluates it externally: its values are then the office's
 *     copy, changed with a note each, and approving it makes that copy the approved result
 * @param submittedAt when it was last submitted, or {@code null}
 * @param late whether it was first submitted after the period's deadline
 * @param reason the reason of the last return or revocation, or {@code null}
 * @param approvedScore the score frozen when it was approved, or {@code null}: rankings and
 *     publications use only this, so later data never change an approved result silently
 * @param revision increases with every change, for optimistic locking
 */
public record Assessment(
    String unitCode,
    String period,
    String setId,
    int setVersion,
    AssessmentState state,
    boolean external,
    Instant submittedAt,
    boolean late,
    String reason,
    Instant decidedAt,
    String decidedBy,
    Score approvedScore,
    long revision) {

  /** The same assessment in another state. */
  public Assessment with(AssessmentState next) {
    return new Assessment(
        unitCode,
        period,
        setId,
        setVersion,
        next,
        external,
        submittedAt,
        late,
        reason,
        decidedAt,
        decidedBy,
        approvedScore,
        revision);
  }
}
