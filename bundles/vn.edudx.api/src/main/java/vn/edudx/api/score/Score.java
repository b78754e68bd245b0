package vn.edudx.api.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A unit's score for a period under one version of an indicator set: every group with its criteria,
 * traceable to the rules and inputs that produced it.
 */
public record Score(
    String unitCode,
    String period,
    String setId,
    int setVersion,
    Instant computedAt,
    List<GroupScore> groups) {

  public Score {
    groups = List.copyOf(groups);
  }

  /** The sum of the groups' points (a convenience for ordering; MOET levels each group apart). */
  public BigDecimal total() {
    return groups.stream().map(GroupScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Optional<GroupScore> group(String code) {
    return groups.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  /** Whether any input came from the synthetic demo data. */
  public boolean usesDemoData() {
    return groups.stream()
        .flatMap(g -> g.criteria().stream())
        .flatMap(Score::flatten)
        .flatMap(c -> c.inputs().stream())
        .anyMatch(i -> i.provenance() != null && i.provenance().isDemo());
  }

  private static Stream<CriterionScore> flatten(CriterionScore c) {
    return Stream.concat(Stream.of(c), c.children().stream().flatMap(Score::flatten));
  }
}
