package vn.edudx.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edudx.ranking.internal.Fixture.criterion;
import static vn.edudx.ranking.internal.Fixture.group;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.ranking.RankInterval;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.Outcome;
import vn.edudx.ranking.internal.RobustnessAnalysis.Subject;

class RobustnessAnalysisTest {

  private static final String SELF = "self-assessment";
  private static final String VERIFIED = "external-evaluation";

  private static RobustnessAnalysis analysis(double band, double unc, long seed, double overlap) {
    return new RobustnessAnalysis(
        new RobustnessSettings(band, unc, 1000, seed, 5, 95, overlap, List.of(VERIFIED)));
  }

  /** One group G1 of two criteria out of 50 each, read from {@code source}. */
  private static Subject two(String code, String p1, String p2, String source) {
    return new Subject(
        code,
        List.of(group("G1", criterion("c1", p1, "50", source), criterion("c2", p2, "50", source))));
  }

  /** One group G1 of one criterion out of 100. */
  private static Subject one(String code, String points, String source) {
    return new Subject(code, List.of(group("G1", criterion("c1", points, "100", source))));
  }

  @Test
  void withoutVariationEveryIntervalIsTheRank() {
    // Unverified inputs, but band 0 and uncertainty 0: every run is the ranking itself.
    List<Subject> units =
        List.of(
            two("A", "45", "45", SELF), // 90
            two("B", "40", "35", SELF), // 75
            two("C", "20", "30", SELF), // 50
            two("D", "10", "10", SELF)); // 20

    assertThat(analysis(0, 0, 1, 0.5).intervals(units))
        .containsExactly(
            new RankInterval(1, 1, true),
            new RankInterval(2, 2, true),
            new RankInterval(3, 3, true),
            new RankInterval(4, 4, true));
  }

  @Test
  void tiedUnitsShareTheirRankAndCannotBeTold() {
    // Totals over two groups: A 170, B 150, C 150 (different criteria, same sum), D 90 → 1, 2, 2,
    // 4.
    // B and C share rank 2: one shared rank > 0.5 × 1, so neither is distinguishable; A's and D's
    // neighbours ([2, 2]) share no rank with [1, 1] or [4, 4].
    List<Subject> units =
        List.of(
            total("A", "90", "80"),
            total("B", "80", "70"),
            total("C", "70", "80"),
            total("D", "50", "40"));

    assertThat(analysis(0, 0, 1, 0.5).intervals(units))
        .containsExactly(
            new RankInterval(1, 1, true),
            new RankInterval(2, 2, false),
            new RankInterval(2, 2, false),
            new RankInterval(4, 4, true));
  }

  private static Subject total(String code, String g1, String g2) {
    return new Subject(
        code,
        List.of(
            group("G1", criterion("1.1", g1, "100", SELF)),
            group("G2", criterion("2.1", g2, "100", SELF))));
  }

  @Test
  void weightsThatCannotChangeTheOrderGiveSingleRanks() {
    // G1 = 100 · (w1 p1 + w2 p2) / (50 w1 + 50 w2) = the mean of 2·p1 and 2·p2 weighted by
    // w1 / (w1 + w2), which lies in [0.8 / 2.0, 1.2 / 2.0] = [0.4, 0.6] for band 0.2:
    //   A (40, 50) → 2p = (80, 100): from 0.6·80 + 0.4·100 = 88 to 0.4·80 + 0.6·100 = 92
    //   B (30, 20) → 2p = (60, 40):  from 48 to 52
    //   C (0, 10)  → 2p = (0, 20):   from 8 to 12
    // The ranges do not meet, so every run ranks A, B, C. The inputs are verified: the
    // uncertainty 0.1 does not touch them.
    List<Subject> units =
        List.of(
            two("A", "40", "50", VERIFIED),
            two("B", "30", "20", VERIFIED),
            two("C", "0", "10", VERIFIED));

    assertThat(analysis(0.2, 0.1, 20250620L, 0.5).intervals(units))
        .containsExactly(
            new RankInterval(1, 1, true),
            new RankInterval(2, 2, true),
            new RankInterval(3, 3, true));
  }

  @Test
  void unitsATenthApartWithUnverifiedDataCannotBeTold() {
    // One criterion out of 100: the weight cancels (100·w·p'/(w·100) = p'). A = 50.1 + 100·U and
    // B = 50.0 + 100·U', U, U' ~ U[−0.1, 0.1]: A − B = 0.1 + 10·(T), T = (U − U')/0.1 triangular on
    // [−2, 2], so B is above A in P(T < −0.01) ≈ 49.5% of runs: ranks 1 and 2 about half the time
    // each, so the 5th percentile is 1 and the 95th is 2 for both. They share 2 ranks > 0.5 × 2.
    // C = 10 is verified and can reach at most 10 < 40: always 3rd, told apart from B ([1, 2]
    // and [3, 3] share nothing).
    List<Subject> units =
        List.of(one("A", "50.1", SELF), one("B", "50.0", SELF), one("C", "10", VERIFIED));

    assertThat(analysis(0.2, 0.1, 20250620L, 0.5).intervals(units))
        .containsExactly(
            new RankInterval(1, 2, false),
            new RankInterval(1, 2, false),
            new RankInterval(3, 3, true));
    // With overlap 1 no pair can share more than all of the narrower interval: all told apart.
    assertThat(analysis(0.2, 0.1, 20250620L, 1).intervals(units))
        .extracting(RankInterval::distinguishable)
        .containsOnly(true);
  }

  @Test
  void theSameSeedGivesTheSameIntervalsAndAnotherSeedOtherRuns() {
    List<Subject> units =
        List.of(
            one("A", "50.1", SELF),
            one("B", "50.0", SELF),
            one("C", "45", SELF),
            one("D", "10", SELF));

    assertThat(analysis(0.2, 0.1, 7, 0.5).intervals(units))
        .isEqualTo(analysis(0.2, 0.1, 7, 0.5).intervals(units));
    assertThat(analysis(0.2, 0.1, 7, 0.5).simulate(units))
        .isDeepEqualTo(analysis(0.2, 0.1, 7, 0.5).simulate(units));
    // Another seed draws other runs: how often each unit took each rank differs.
    assertThat(
            Arrays.deepEquals(
                analysis(0.2, 0.1, 8, 0.5).simulate(units),
                analysis(0.2, 0.1, 7, 0.5).simulate(units)))
        .isFalse();
  }

  @Test
  void criteriaThatDoNotApplyOrAreConditionsDoNotVaryAndSubCriteriaInputsCount() {
    // A = 60: c1 30 (verified) + c2 30 not applicable, given its maximum (FULL), from
    // self-declared data. B = 59.9: c1 59.9 verified. Only A's c2 is unverified and it is left out,
    // so nothing varies and A stays 1st.
    CriterionScore na = criterion("c2", "30", "30", SELF, Outcome.NOT_APPLICABLE, List.of());
    Subject a = new Subject("A", List.of(group("G1", criterion("c1", "30", "70", VERIFIED), na)));
    Subject b = new Subject("B", List.of(group("G1", criterion("c1", "59.9", "100", VERIFIED))));

    assertThat(analysis(0, 0.1, 1, 0.5).intervals(List.of(a, b)))
        .containsExactly(new RankInterval(1, 1, true), new RankInterval(2, 2, true));

    // The same 0.1 gap, now with a sum criterion whose sub-criterion read self-declared data:
    // the sum (max 100) varies by ±10 and the order flips in about half the runs.
    CriterionScore sum =
        criterion(
            "c1",
            "60",
            "100",
            null,
            Outcome.PARTIAL,
            List.of(criterion("c1.1", "60", "100", SELF)));
    Subject a2 = new Subject("A", List.of(group("G1", sum)));

    assertThat(analysis(0, 0.1, 1, 0.5).intervals(List.of(a2, b)))
        .containsExactly(new RankInterval(1, 2, false), new RankInterval(1, 2, false));
  }

  @Test
  void percentilesAreTakenByTheNearestRankMethod() {
    // The textbook list 15, 20, 35, 40, 50 (N = 5): the P-th percentile is the ⌈P·5/100⌉-th value.
    int[] values = {15, 20, 35, 40, 50};
    // P0 → max(1, 0) = 1st = 15; P5 → ⌈0.25⌉ = 1st = 15; P30 → ⌈1.5⌉ = 2nd = 20;
    // P40 → ⌈2.0⌉ = 2nd = 20; P50 → ⌈2.5⌉ = 3rd = 35; P95 → ⌈4.75⌉ = 5th = 50; P100 → 5th = 50.
    assertThat(
            IntStream.of(0, 5, 30, 40, 50, 95, 100)
                .map(p -> RobustnessAnalysis.percentile(values, p)))
        .containsExactly(15, 15, 20, 20, 35, 50, 50);
    // Ranks 1 to 20 once each: P5 → ⌈1.0⌉ = 1st = 1, P95 → ⌈19.0⌉ = 19th = 19.
    int[] ranks = IntStream.rangeClosed(1, 20).toArray();
    assertThat(RobustnessAnalysis.percentile(ranks, 5)).isEqualTo(1);
    assertThat(RobustnessAnalysis.percentile(ranks, 95)).isEqualTo(19);
  }

  @Test
  void moreThanFiftyMillionSimulatedRanksAreRefusedBeforeAnyRun() {
    // 501 units × 100,000 runs = 50,100,000 ranks > 50,000,000: refused, nothing allocated.
    List<Subject> units = IntStream.range(0, 501).mapToObj(i -> one("U" + i, "50", SELF)).toList();
    RobustnessAnalysis big =
        new RobustnessAnalysis(
            new RobustnessSettings(0.2, 0.1, 100_000, 1, 5, 95, 0.5, List.of(VERIFIED)));

    assertThatThrownBy(() -> big.intervals(units))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).field()).isEqualTo("robustness");
              assertThat(e.problems().get(0).message().en())
                  .isEqualTo(
                      "A robustness analysis of 501 schools with 100000 runs needs 50100000"
                          + " simulated ranks, more than the limit of 50000000.");
              assertThat(e.problems().get(0).message().vi()).contains("501").contains("50000000");
              assertThat(e.problems().get(0).hint().en()).contains("Narrow the scope");
              assertThat(e.problems().get(0).hint().vi()).contains("runs");
            });
  }
}
