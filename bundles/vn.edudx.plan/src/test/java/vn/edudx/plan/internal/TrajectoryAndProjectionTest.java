package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.Projection;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.plan.Trajectory;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/** The line from the baseline to the target due, and the horizon projection of the final year. */
class TrajectoryAndProjectionTest {

  private static final String N = "plan.learners-online-means";
  private static final String D = "plan.learners";

  /** Covers S1 only, so that each year's town value is S1's numerator (denominator 100). */
  private static PlanTarget s1Target(Integer finalTarget, Integer horizonTarget) {
    return Fixture.target(
        "ONL-STU",
        Fixture.ratio(N, D),
        Set.of(UnitType.SCHOOL),
        Set.of(SchoolLevel.TH),
        finalTarget,
        horizonTarget);
  }

  private static Fixture s1Values(int fromYear, int... values) {
    Fixture f = new Fixture();
    f.register.removeIf(u -> u.code().equals("S3"));
    for (int i = 0; i < values.length; i++) {
      f.ratio(fromYear + i, "S1", N, values[i], D, 100);
    }
    return f;
  }

  @Test
  void theLineRunsFromTheBaselineToTheFinalTarget() {
    PlanTarget t = s1Target(50, 100);
    TargetEvaluation e = s1Values(2022, 20, 25).evaluator(t).evaluate(t, 2023);

    // 20 + (50 − 20) × 1/3 = 30.00 expected in 2023; 25 ≥ 30 − 5 → on track.
    Trajectory line = e.trajectory();
    assertThat(line.fromYear()).isEqualTo(2022);
    assertThat(line.fromValue()).isEqualByComparingTo("20");
    assertThat(line.toYear()).isEqualTo(2025);
    assertThat(line.toValue()).isEqualByComparingTo("50");
    assertThat(line.expected()).isEqualByComparingTo("30.00");
    assertThat(e.status().status()).isEqualTo(PlanStatus.ON_TRACK);
    assertThat(e.projection()).isNull();
  }

  @Test
  void inTheBaselineYearTheExpectedValueIsTheBaseline() {
    PlanTarget t = s1Target(50, 100);
    TargetEvaluation e = s1Values(2022, 20).evaluator(t).evaluate(t, 2022);

    assertThat(e.trajectory().expected()).isEqualByComparingTo("20");
    assertThat(e.status().status()).isEqualTo(PlanStatus.ON_TRACK);
  }

  @Test
  void aHorizonOnlyTargetRunsItsLineToTheHorizonYear() {
    PlanTarget t = s1Target(null, 100);
    TargetEvaluation e = s1Values(2022, 30, 40, 50).evaluator(t).evaluate(t, 2024);

    // 30 + (100 − 30) × 2/8 = 47.50 expected in 2024; 50 ≥ 42.50 → on track.
    assertThat(e.trajectory().toYear()).isEqualTo(2030);
    assertThat(e.trajectory().expected()).isEqualByComparingTo("47.50");
    assertThat(e.status().status()).isEqualTo(PlanStatus.ON_TRACK);
  }

  @Test
  void afterTheFinalYearTheLineRunsToTheHorizonTarget() {
    PlanTarget t = s1Target(50, 100);
    TargetEvaluation e = s1Values(2022, 15, 30, 40, 55, 60, 66).evaluator(t).evaluate(t, 2027);

    // 15 + (100 − 15) × 5/8 = 15 + 53.13 = 68.13; 66 ≥ 63.13 → on track.
    assertThat(e.trajectory().toYear()).isEqualTo(2030);
    assertThat(e.trajectory().expected()).isEqualByComparingTo("68.13");
    assertThat(e.status().status()).isEqualTo(PlanStatus.ON_TRACK);
  }

  @Test
  void theFinalYearProjectsTheHorizonByLeastSquares() {
    PlanTarget t = s1Target(50, 100);
    TargetEvaluation e = s1Values(2022, 20, 21, 22, 23).evaluator(t).evaluate(t, 2025);

    // Points 2022–2025: 20, 21, 22, 23. x̄ = 2023.5, ȳ = 21.5, slope = 1;
    // 2030: 21.5 + 1 × 6.5 = 28.00 < 100 − 15 = 85 → off track.
    Projection p = e.projection();
    assertThat(p.year()).isEqualTo(2030);
    assertThat(p.points()).containsOnlyKeys(2022, 2023, 2024, 2025);
    assertThat(p.slope()).isEqualByComparingTo("1");
    assertThat(p.value()).isEqualByComparingTo("28.00");
    assertThat(p.status().status()).isEqualTo(PlanStatus.OFF_TRACK);
    assertThat(p.status().rule().en()).contains("4 years", "28%", "100%");
    // And 2025 itself: 23 misses 50 by more than 15 → off track.
    assertThat(e.status().status()).isEqualTo(PlanStatus.OFF_TRACK);
  }

  @Test
  void aProjectionAboveOneHundredIsClampedAndReachesTheTarget() {
    PlanTarget t = s1Target(50, 100);
    TargetEvaluation e = s1Values(2023, 40, 60, 80).evaluator(t).evaluate(t, 2025);

    // x̄ = 2024, ȳ = 60, slope = 20; 2030: 60 + 20 × 6 = 180 → clamped to 100 ≥ 100 → on track.
    assertThat(e.projection().value()).isEqualByComparingTo("100.00");
    assertThat(e.projection().slope()).isEqualByComparingTo("20");
    assertThat(e.projection().status().status()).isEqualTo(PlanStatus.ON_TRACK);
    // No 2022 value: the 2025 target is held flat, 80 ≥ 50 → met.
    assertThat(e.status().status()).isEqualTo(PlanStatus.MET);
  }

  @Test
  void aProjectionWithinTheBandIsAtRisk() {
    PlanTarget t = s1Target(50, 100);
    TargetEvaluation e = s1Values(2022, 50, 55, 60, 65).evaluator(t).evaluate(t, 2025);

    // x̄ = 2023.5, ȳ = 57.5, slope = 5; 2030: 57.5 + 5 × 6.5 = 90.00 ≥ 85 → at risk.
    assertThat(e.projection().value()).isEqualByComparingTo("90.00");
    assertThat(e.projection().status().status()).isEqualTo(PlanStatus.AT_RISK);
  }

  @Test
  void aHorizonTargetMetAlreadyNeedsNoProjection() {
    PlanTarget t = s1Target(50, 100);
    TargetEvaluation e = s1Values(2024, 90, 100).evaluator(t).evaluate(t, 2025);

    assertThat(e.projection().status().status()).isEqualTo(PlanStatus.MET);
  }

  @Test
  void oneYearOfDataGivesNoProjectionAndSaysWhy() {
    PlanTarget t = s1Target(50, 100);
    TargetEvaluation e = s1Values(2025, 40).evaluator(t).evaluate(t, 2025);

    assertThat(e.projection().value()).isNull();
    assertThat(e.projection().status().status()).isEqualTo(PlanStatus.NO_DATA);
    assertThat(e.projection().status().rule().en())
        .isEqualTo("No projection to 2030: only 1 year has data, at least 2 are needed.");
  }

  @Test
  void aTargetWithoutAHorizonValueIsNotProjected() {
    PlanTarget t = s1Target(50, null);
    TargetEvaluation e = s1Values(2022, 20, 30, 40, 50).evaluator(t).evaluate(t, 2025);

    assertThat(e.projection()).isNull();
    assertThat(e.status().status()).isEqualTo(PlanStatus.MET);
  }
}
