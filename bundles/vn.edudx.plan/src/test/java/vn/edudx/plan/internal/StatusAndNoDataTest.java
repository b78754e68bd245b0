package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edudx.api.plan.MetricValue;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.StatusRules;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.plan.Trajectory;
import vn.edudx.api.plan.Verdict;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/**
 * Every status with the rule that decided it, and every reason a target has no data: never 0 %.
 *
 * <p>The line used before the due year: baseline 2022 at 15, target 50 in 2025, so 2024 expects 15
 * + 35 × 2/3 = 38.33; on track down to 33.33 (− 5), at risk down to 23.33 (− 15).
 */
class StatusAndNoDataTest {

  private static final Trajectory LINE_2024 =
      new Trajectory(2022, bd("15"), 2025, bd("50"), 2024, bd("38.33"));
  private static final Trajectory DUE_2025 =
      new Trajectory(2022, bd("15"), 2025, bd("50"), 2025, bd("50"));

  private static Verdict decide(String value, Trajectory line) {
    MetricValue v = new MetricValue(bd(value), null, null, 1, null, null);
    return StatusRule.decide(v, line, StatusRules.DEFAULT);
  }

  @Test
  void metWhenTheValueReachesTheTarget() {
    Verdict v = decide("50", LINE_2024);
    assertThat(v.status()).isEqualTo(PlanStatus.MET);
    assertThat(v.rule().vi()).isEqualTo("Đạt: giá trị 50% ≥ chỉ tiêu 50% (hạn năm 2025).");
  }

  @Test
  void onTrackDownToTheToleranceBelowTheExpectedValue() {
    // 33.33 = 38.33 − 5: the edge is still on track.
    assertThat(decide("33.33", LINE_2024).status()).isEqualTo(PlanStatus.ON_TRACK);
  }

  @Test
  void atRiskBetweenTheToleranceAndTheBand() {
    // 33.32 < 33.33 and ≥ 23.33.
    Verdict v = decide("33.32", LINE_2024);
    assertThat(v.status()).isEqualTo(PlanStatus.AT_RISK);
    assertThat(v.rule().en()).contains("33.32%", "38.33%", "23.33%");
    assertThat(decide("23.33", LINE_2024).status()).isEqualTo(PlanStatus.AT_RISK);
  }

  @Test
  void offTrackBelowTheBand() {
    Verdict v = decide("23.32", LINE_2024);
    assertThat(v.status()).isEqualTo(PlanStatus.OFF_TRACK);
    assertThat(v.expected()).isEqualByComparingTo("38.33");
    assertThat(v.band()).isEqualByComparingTo("15");
  }

  @Test
  void onceDueAShortfallIsNeverOnTrack() {
    // Due in 2025: 49 misses 50 → at risk (≥ 50 − 15 = 35); 34.99 → off track.
    Verdict atRisk = decide("49", DUE_2025);
    assertThat(atRisk.status()).isEqualTo(PlanStatus.AT_RISK);
    assertThat(atRisk.rule().en()).startsWith("At risk: due in 2025");
    assertThat(decide("35", DUE_2025).status()).isEqualTo(PlanStatus.AT_RISK);
    assertThat(decide("34.99", DUE_2025).status()).isEqualTo(PlanStatus.OFF_TRACK);
  }

  @Test
  void aTargetsOwnRulesOverrideThePlans() {
    StatusRules strict = new StatusRules(BigDecimal.ONE, null).orElse(StatusRules.DEFAULT);
    MetricValue v = new MetricValue(bd("36"), null, null, 1, null, null);
    // 36 < 38.33 − 1 = 37.33 → at risk with a tolerance of 1 point, on track with 5.
    assertThat(StatusRule.decide(v, LINE_2024, strict).status()).isEqualTo(PlanStatus.AT_RISK);
    assertThat(StatusRule.decide(v, LINE_2024, StatusRules.DEFAULT).status())
        .isEqualTo(PlanStatus.ON_TRACK);
  }

  @Test
  void noCoveredUnitIsNoDataAndSaysSo() {
    PlanTarget thpt =
        Fixture.target(
            "WORK-THPT",
            Fixture.ratio("plan.work-files-digital", "plan.work-files"),
            Set.of(UnitType.SCHOOL),
            Set.of(SchoolLevel.THPT),
            70,
            100);

    TargetEvaluation e = new Fixture().evaluator(thpt).evaluate(thpt, 2024);

    assertThat(e.status().status()).isEqualTo(PlanStatus.NO_DATA);
    assertThat(e.town().value()).isNull();
    assertThat(e.town().noDataCode()).isEqualTo("no-covered-unit");
    assertThat(e.status().rule().en())
        .isEqualTo("In 2024, the register has no unit the target covers.");
    assertThat(e.coverage().covered()).isZero();
  }

  @Test
  void noValueForTheIndicatorIsNoDataNamingTheIndicatorAndYear() {
    PlanTarget tea =
        Fixture.target(
            "ONL-TEA",
            Fixture.ratio("plan.teachers-online-means", "plan.teachers"),
            Set.of(UnitType.SCHOOL),
            Fixture.ALL_LEVELS,
            100,
            100);
    // S1 reports the numerator only: it is not counted.
    Fixture f = new Fixture().put(2024, "S1", "plan.teachers-online-means", 12);

    TargetEvaluation e = f.evaluator(tea).evaluate(tea, 2024);

    assertThat(e.status().status()).isEqualTo(PlanStatus.NO_DATA);
    assertThat(e.town().noDataCode()).isEqualTo("no-value");
    assertThat(e.status().rule().en())
        .isEqualTo(
            "No value of indicator plan.teachers-online-means, plan.teachers in 2024 from the 4"
                + " units covered.");
    assertThat(e.coverage().reported()).isZero();
    assertThat(e.coverage().missing()).containsExactly("S1", "S2", "S3", "S4");
  }

  @Test
  void aZeroDenominatorIsNoDataNotZeroPercent() {
    PlanTarget work =
        Fixture.target(
            "WORK-OTHER",
            Fixture.ratio("plan.work-files-digital", "plan.work-files"),
            Set.of(UnitType.SCHOOL),
            Set.of(SchoolLevel.TH),
            60,
            100);
    Fixture f =
        new Fixture()
            .ratio(2024, "S1", "plan.work-files-digital", 0, "plan.work-files", 0)
            .ratio(2024, "S3", "plan.work-files-digital", 0, "plan.work-files", 0);

    TargetEvaluation e = f.evaluator(work).evaluate(work, 2024);

    assertThat(e.status().status()).isEqualTo(PlanStatus.NO_DATA);
    assertThat(e.town().value()).isNull();
    assertThat(e.town().noDataCode()).isEqualTo("zero-denominator");
    assertThat(e.town().noDataReason().vi())
        .isEqualTo(
            "Tổng chỉ số plan.work-files năm 2024 của 2 đơn vị đã báo cáo bằng 0: không tính được"
                + " tỉ lệ.");
    assertThat(e.pullingDown()).isEmpty();
  }

  @Test
  void theSummaryCountsEveryStatus() {
    PlanTarget sat =
        Fixture.target(
            "SAT-PUBLIC",
            Fixture.of(vn.edudx.api.plan.MetricKind.VALUE, "plan.satisfaction-public"),
            Set.of(UnitType.OFFICE),
            null,
            80,
            null);
    PlanTarget thpt =
        Fixture.target(
            "WORK-THPT",
            Fixture.ratio("plan.work-files-digital", "plan.work-files"),
            Set.of(UnitType.SCHOOL),
            Set.of(SchoolLevel.THPT),
            70,
            100);
    Fixture f = new Fixture().put(2024, "PGD", "plan.satisfaction-public", 90);

    PlanEvaluation e = f.evaluator(sat, thpt).evaluate(2024);

    assertThat(e.plan()).isEqualTo("test-plan@1");
    assertThat(e.finalYear()).isFalse();
    assertThat(e.targets())
        .extracting(TargetEvaluation::code)
        .containsExactly("SAT-PUBLIC", "WORK-THPT");
    assertThat(e.summary()).containsEntry(PlanStatus.MET, 1).containsEntry(PlanStatus.NO_DATA, 1);
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
