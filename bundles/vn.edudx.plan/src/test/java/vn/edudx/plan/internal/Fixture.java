package vn.edudx.plan.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.plan.Metric;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/**
 * A small town for hand-computed plan evaluations: ward W1 with S1 (TH) and S2 (THCS), commune C1
 * with S3 (TH) and S4 (MN), and the office PGD; baseline 2022, final year 2025, horizon 2030.
 */
final class Fixture {

  static final Set<SchoolLevel> ALL_LEVELS = Set.of(SchoolLevel.values());

  final List<OrgUnit> register =
      new ArrayList<>(
          List.of(
              unit("T", "Thị xã Ngã Năm", UnitType.DISTRICT, null, null),
              unit("W1", "Phường 1", UnitType.WARD, null, "T"),
              unit("C1", "Xã Vĩnh Quới", UnitType.COMMUNE, null, "T"),
              unit("PGD", "Phòng GD&ĐT Ngã Năm", UnitType.OFFICE, null, "T"),
              unit("S1", "Trường TH 1", UnitType.SCHOOL, SchoolLevel.TH, "W1"),
              unit("S2", "Trường THCS 2", UnitType.SCHOOL, SchoolLevel.THCS, "W1"),
              unit("S3", "Trường TH 3", UnitType.SCHOOL, SchoolLevel.TH, "C1"),
              unit("S4", "Trường MN 4", UnitType.SCHOOL, SchoolLevel.MN, "C1")));

  final Map<Integer, List<Observation>> observations = new HashMap<>();
  private long nextId = 1;

  static OrgUnit unit(String code, String name, UnitType type, SchoolLevel level, String parent) {
    return new OrgUnit(code, name, type, level, parent, null, null, null, "test");
  }

  /** Records a value; the observation id grows with every call. */
  Fixture put(int year, String unit, String indicator, Object value) {
    return put(year, unit, indicator, value, null, null);
  }

  /** Records a value with its evidence and note, as a unit reports a task. */
  Fixture put(int year, String unit, String indicator, Object value, String evidence, String note) {
    long id = nextId++;
    observations
        .computeIfAbsent(year, y -> new ArrayList<>())
        .add(
            new Observation(
                id,
                unit,
                String.valueOf(year),
                indicator,
                String.valueOf(value),
                evidence,
                note,
                new Provenance(
                    id, "test", null, "fixture.csv", (int) id, Instant.EPOCH, "tester")));
    return this;
  }

  /** A ratio's numerator and denominator for one unit. */
  Fixture ratio(int year, String unit, String num, Object n, String den, Object d) {
    return put(year, unit, num, n).put(year, unit, den, d);
  }

  static PlanTarget target(
      String code,
      Metric metric,
      Set<UnitType> types,
      Set<SchoolLevel> levels,
      Integer finalTarget,
      Integer horizonTarget) {
    return new PlanTarget(
        code,
        LocalizedText.of(code),
        "text",
        metric,
        types,
        levels,
        finalTarget == null ? null : BigDecimal.valueOf(finalTarget),
        horizonTarget == null ? null : BigDecimal.valueOf(horizonTarget),
        null,
        null,
        null);
  }

  static Metric ratio(String num, String den) {
    return new Metric(MetricKind.RATIO, null, num, den, null);
  }

  static Metric of(MetricKind kind, String indicator) {
    return new Metric(kind, indicator, null, null, null);
  }

  static PlanDefinition plan(PlanTarget... targets) {
    return plan(List.of(), targets);
  }

  static PlanDefinition plan(List<vn.edudx.api.plan.PlanTask> tasks, PlanTarget... targets) {
    return new PlanDefinition(
        "test-plan",
        1,
        LocalizedText.of("Test plan"),
        "none",
        "ngan-nam-plan-2023",
        2022,
        2025,
        2030,
        null,
        List.of(targets),
        null,
        tasks,
        null);
  }

  YearEvaluator evaluator(PlanTarget... targets) {
    return new YearEvaluator(plan(targets), register, observations);
  }
}
