package vn.edudx.api.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.edudx.api.LocalizedText;

/**
 * A unit's score for a period under one version of an indicator set: every group with its criteria,
 * traceable to the rules and inputs that produced it.
 *
 * @param setVersion the version of the set that produced it
 * @param computedAt when it was computed (not part of its content: scoring the same data with the
 *     same version again gives the same score at another time)
 * @param level the level of the total, for sets levelled on the total (3806), else {@code null}
 * @param levelExplanation how that level was reached, or {@code null}
 * @param advice notes of hand-written rules (values to check, advice); never points or levels
 */
public record Score(
    String unitCode,
    String period,
    String setId,
    int setVersion,
    Instant computedAt,
    List<GroupScore> groups,
    Integer level,
    LocalizedText levelExplanation,
    List<Advice> advice) {

  public Score {
    groups = List.copyOf(groups);
    advice = advice == null ? List.of() : List.copyOf(advice);
  }

  /** The same score computed at another time (or with no time: its content alone). */
  public Score at(Instant when) {
    return new Score(
        unitCode, period, setId, setVersion, when, groups, level, levelExplanation, advice);
  }

  /** The same score with the notes of hand-written rules. */
  public Score withAdvice(List<Advice> notes) {
    return new Score(
        unitCode, period, setId, setVersion, computedAt, groups, level, levelExplanation, notes);
  }

  /** The sum of the groups' points. */
  public BigDecimal total() {
    return groups.stream().map(GroupScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Optional<GroupScore> group(String code) {
    return groups.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  /** Every criterion's score, parents before children. */
  public Stream<CriterionScore> allCriteria() {
    return groups.stream().flatMap(g -> g.criteria().stream()).flatMap(Score::flatten);
  }

  /** Whether any input came from the synthetic demo data. */
  public boolean usesDemoData() {
    return allCriteria()
        .flatMap(c -> c.inputs().stream())
        .anyMatch(i -> i.provenance() != null && i.provenance().isDemo());
  }

  private static Stream<CriterionScore> flatten(CriterionScore c) {
    return Stream.concat(Stream.of(c), c.children().stream().flatMap(Score::flatten));
  }
}
