package vn.edudx.publish.internal;

import vn.edudx.api.observation.Provenance;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.InputUsed;
import vn.edudx.api.score.Score;

/**
 * A score as the public reads it: every point still traced to its source, its row, its batch and
 * when it arrived, but without the office's internal identities, the staff user who received a
 * value and the file name or request id it came in. The office keeps the full provenance in the
 * assessment itself.
 */
final class PublicScore {

  private PublicScore() {}

  static Score of(Score score) {
    return new Score(
        score.unitCode(),
        score.period(),
        score.setId(),
        score.setVersion(),
        score.computedAt(),
        score.groups().stream().map(PublicScore::group).toList(),
        score.level(),
        score.levelExplanation(),
        score.advice());
  }

  private static GroupScore group(GroupScore g) {
    return new GroupScore(
        g.code(),
        g.name(),
        g.points(),
        g.maxPoints(),
        g.applicableMax(),
        g.level(),
        g.levelExplanation(),
        g.failedMandatory(),
        g.missingInputs(),
        g.criteria().stream().map(PublicScore::criterion).toList(),
        g.nextLevel());
  }

  private static CriterionScore criterion(CriterionScore c) {
    return new CriterionScore(
        c.code(),
        c.name(),
        c.type(),
        c.points(),
        c.maxPoints(),
        c.outcome(),
        c.rule(),
        c.explanation(),
        c.inputs().stream().map(PublicScore::input).toList(),
        c.children().stream().map(PublicScore::criterion).toList());
  }

  private static InputUsed input(InputUsed i) {
    return new InputUsed(
        i.unit(),
        i.indicator(),
        i.value(),
        i.observationId(),
        i.evidence(),
        provenance(i.provenance()));
  }

  /** Keeps batch, source, instance, row and time; drops {@code origin} and {@code receivedBy}. */
  static Provenance provenance(Provenance p) {
    return p == null ? null : p.forPublic();
  }
}
