package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edudx.api.plan.Breakdown;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.PlanInput;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.Shortfall;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.unit.UnitType;

/** Every metric kind computed by hand over the fixture town, with its breakdowns and pull-down. */
class MetricKindsTest {

  private static final String N = "plan.learners-online-means";
  private static final String D = "plan.learners";

  private static final PlanTarget ONL_STU =
      Fixture.target(
          "ONL-STU", Fixture.ratio(N, D), Set.of(UnitType.SCHOOL), Fixture.ALL_LEVELS, 50, 100);

  private static Fixture ratioTown() {
    return new Fixture()
        // 2024: S1 40/100, S2 30/200, S3 80/100, S4 reports nothing.
        .ratio(2024, "S1", N, 40, D, 100)
        .ratio(2024, "S2", N, 30, D, 200)
        .ratio(2024, "S3", N, 80, D, 100)
        // Baseline 2022: S1 10/100, S2 20/200, S3 30/100.
        .ratio(2022, "S1", N, 10, D, 100)
        .ratio(2022, "S2", N, 20, D, 200)
        .ratio(2022, "S3", N, 30, D, 100);
  }

  @Test
  void aRatioSumsNumeratorsAndDenominatorsOverTheUnitsThatReportedBoth() {
    TargetEvaluation e = ratioTown().evaluator(ONL_STU).evaluate(ONL_STU, 2024);

    // (40 + 30 + 80) / (100 + 200 + 100) = 150 / 400 = 37.50 %
    assertThat(e.town().value()).isEqualByComparingTo("37.50");
    assertThat(e.town().numerator()).isEqualByComparingTo("150");
    assertThat(e.town().denominator()).isEqualByComparingTo("400");
    assertThat(e.town().units()).isEqualTo(3);
    // Baseline: (10 + 20 + 30) / 400 = 15.00 %
    assertThat(e.baseline().value()).isEqualByComparingTo("15.00");
    // S4 is covered but reported nothing: 4 covered, 3 reported.
    assertThat(e.coverage().covered()).isEqualTo(4);
    assertThat(e.coverage().reported()).isEqualTo(3);
    assertThat(e.coverage().missing()).containsExactly("S4");
    // Expected 2024: 15 + (50 − 15) × 2/3 = 38.33; 37.50 ≥ 38.33 − 5 = 33.33 → on track.
    assertThat(e.status().status()).isEqualTo(PlanStatus.ON_TRACK);
    assertThat(e.status().rule().en()).contains("37.5%", "38.33%", "33.33%");
    assertThat(e.status().rule().vi()).contains("37,5%", "38,33%");
  }

  @Test
  void aRatioIsBrokenDownByWardOrCommuneAndBySchoolLevel() {
    TargetEvaluation e = ratioTown().evaluator(ONL_STU).evaluate(ONL_STU, 2024);

    // W1: (40 + 30) / (100 + 200) = 23.33 %; C1: S3 only, 80 / 100 = 80.00 % (S4 reported nothing).
    assertThat(e.byArea())
        .extracting(Breakdown::key, b -> b.value().value())
        .containsExactly(
            tuple("C1", new BigDecimal("80.00")), tuple("W1", new BigDecimal("23.33")));
    assertThat(e.byArea())
        .extracting(b -> b.label().vi())
        .containsExactly("Xã Vĩnh Quới", "Phường 1");
    // TH: (40 + 80) / 200 = 60.00 %; THCS: 30 / 200 = 15.00 %; MN: S4 has no value → no data.
    assertThat(e.byLevel())
        .extracting(Breakdown::key, b -> b.value().value(), b -> b.value().noDataCode())
        .containsExactly(
            tuple("MN", null, "no-value"),
            tuple("TH", new BigDecimal("60.00"), null),
            tuple("THCS", new BigDecimal("15.00"), null));
  }

  @Test
  void aRatioIsPulledDownMostByTheLargestShortfallAgainstTheTargetShareOfEachUnit() {
    TargetEvaluation e = ratioTown().evaluator(ONL_STU).evaluate(ONL_STU, 2024);

    // Against 50 %: S2 should have 50 % × 200 = 100, has 30 → 70 short; S1 50 − 40 = 10 short;
    // S3 has 80 of 50 expected → not listed.
    assertThat(e.pullingDown())
        .extracting(Shortfall::unit, Shortfall::gap)
        .containsExactly(
            tuple("S2", new BigDecimal("70.00")), tuple("S1", new BigDecimal("10.00")));
    assertThat(e.pullingDown().get(0).explanation().en())
        .contains("30/200", "15%", "70 short", "50%");
  }

  @Test
  void theInputsOfTheYearAndTheBaselineAreListedWithTheirProvenance() {
    TargetEvaluation e = ratioTown().evaluator(ONL_STU).evaluate(ONL_STU, 2024);

    // 3 units × 2 indicators in 2024, and again in 2022.
    assertThat(e.inputs()).hasSize(12);
    assertThat(e.inputs())
        .filteredOn(i -> i.year() == 2024 && i.unit().equals("S2"))
        .extracting(PlanInput::indicator, PlanInput::value, PlanInput::observationId)
        .containsExactlyInAnyOrder(tuple(N, "30", 3L), tuple(D, "200", 4L));
    assertThat(e.inputs())
        .allSatisfy(i -> assertThat(i.provenance().origin()).isEqualTo("fixture.csv"));
  }

  @Test
  void anAverageIsTheMeanOverTheUnitsThatReported() {
    PlanTarget repo =
        Fixture.target(
            "REPO",
            Fixture.of(MetricKind.AVERAGE, "plan.repo-coverage"),
            Set.of(UnitType.SCHOOL),
            Fixture.ALL_LEVELS,
            50,
            100);
    Fixture f =
        new Fixture()
            .put(2024, "S1", "plan.repo-coverage", 40)
            .put(2024, "S2", "plan.repo-coverage", 60)
            .put(2024, "S3", "plan.repo-coverage", 20);

    TargetEvaluation e = f.evaluator(repo).evaluate(repo, 2024);

    // (40 + 60 + 20) / 3 = 40.00 %
    assertThat(e.town().value()).isEqualByComparingTo("40.00");
    // TH: (40 + 20) / 2 = 30.00 %
    assertThat(e.byLevel())
        .filteredOn(b -> b.key().equals("TH"))
        .singleElement()
        .satisfies(b -> assertThat(b.value().value()).isEqualByComparingTo("30.00"));
    // No baseline value: the line is flat at the target, expected 50; 40 < 50 − 5 = 45, ≥ 50 − 15 =
    // 35.
    assertThat(e.baseline().hasValue()).isFalse();
    assertThat(e.trajectory().expected()).isEqualByComparingTo("50");
    assertThat(e.status().status()).isEqualTo(PlanStatus.AT_RISK);
    // Lowest values first: S3 is 30 points below 50, S1 10 points; S2 (60) is above.
    assertThat(e.pullingDown())
        .extracting(Shortfall::unit, Shortfall::gap)
        .containsExactly(tuple("S3", new BigDecimal("30")), tuple("S1", new BigDecimal("10")));
  }

  @Test
  void aShareOfUnitsCountsTheUnitsAnsweringYesAndListsThoseAnsweringNo() {
    PlanTarget sms =
        Fixture.target(
            "SMS",
            Fixture.of(MetricKind.SHARE_OF_UNITS, "plan.sms"),
            Set.of(UnitType.SCHOOL),
            Fixture.ALL_LEVELS,
            100,
            100);
    Fixture f =
        new Fixture()
            .put(2024, "S1", "plan.sms", true)
            .put(2024, "S2", "plan.sms", false)
            .put(2024, "S3", "plan.sms", true)
            .put(2024, "S4", "plan.sms", false)
            .put(2022, "S1", "plan.sms", true)
            .put(2022, "S2", "plan.sms", false)
            .put(2022, "S3", "plan.sms", false)
            .put(2022, "S4", "plan.sms", false);

    TargetEvaluation e = f.evaluator(sms).evaluate(sms, 2024);

    // 2 yes of 4 answers = 50.00 %; baseline 1 of 4 = 25.00 %.
    assertThat(e.town().value()).isEqualByComparingTo("50.00");
    assertThat(e.baseline().value()).isEqualByComparingTo("25.00");
    // Expected 2024: 25 + (100 − 25) × 2/3 = 75.00; 50 < 75 − 15 = 60 → off track.
    assertThat(e.trajectory().expected()).isEqualByComparingTo("75.00");
    assertThat(e.status().status()).isEqualTo(PlanStatus.OFF_TRACK);
    assertThat(e.pullingDown()).extracting(Shortfall::unit).containsExactly("S2", "S4");
    assertThat(e.pullingDown().get(0).explanation().vi())
        .isEqualTo("Trường THCS 2 trả lời 'không'.");
    // W1: S1 yes, S2 no = 50 %; C1: S3 yes, S4 no = 50 %.
    assertThat(e.byArea())
        .extracting(b -> b.value().value())
        .containsExactly(new BigDecimal("50.00"), new BigDecimal("50.00"));
  }

  @Test
  void aValueIsTheOneCoveredUnitsOwnValue() {
    PlanTarget sat =
        Fixture.target(
            "SAT-PUBLIC",
            Fixture.of(MetricKind.VALUE, "plan.satisfaction-public"),
            Set.of(UnitType.OFFICE),
            null,
            80,
            null);
    Fixture f = new Fixture().put(2024, "PGD", "plan.satisfaction-public", "82.5");

    TargetEvaluation e = f.evaluator(sat).evaluate(sat, 2024);

    // 82.50 ≥ 80 → met; a single unit has no breakdown.
    assertThat(e.town().value()).isEqualByComparingTo("82.50");
    assertThat(e.status().status()).isEqualTo(PlanStatus.MET);
    assertThat(e.status().rule().en())
        .isEqualTo("Met: the value 82.5% ≥ the target 80% (due 2025).");
    assertThat(e.byArea()).isEmpty();
    assertThat(e.pullingDown()).isEmpty();
  }

  @Test
  void aValueOverSeveralCoveredUnitsAsksTheDefinitionToNameOne() {
    PlanTarget sat =
        Fixture.target(
            "SAT-PUBLIC",
            Fixture.of(MetricKind.VALUE, "plan.satisfaction-public"),
            Set.of(UnitType.OFFICE),
            null,
            80,
            null);
    Fixture f = new Fixture().put(2024, "PGD", "plan.satisfaction-public", "82.5");
    f.register.add(Fixture.unit("PGD2", "Phòng khác", UnitType.OFFICE, null, "T"));

    TargetEvaluation e = f.evaluator(sat).evaluate(sat, 2024);

    assertThat(e.status().status()).isEqualTo(PlanStatus.NO_DATA);
    assertThat(e.town().noDataCode()).isEqualTo("several-units");
  }

  @Test
  void theLatestObservationOfAUnitIndicatorAndYearCounts() {
    PlanTarget sat =
        Fixture.target(
            "SAT-PUBLIC",
            Fixture.of(MetricKind.VALUE, "plan.satisfaction-public"),
            Set.of(UnitType.OFFICE),
            null,
            80,
            null);
    Fixture f =
        new Fixture()
            .put(2024, "PGD", "plan.satisfaction-public", "60")
            .put(2024, "PGD", "plan.satisfaction-public", "90");

    assertThat(f.evaluator(sat).evaluate(sat, 2024).town().value()).isEqualByComparingTo("90");
  }
}
