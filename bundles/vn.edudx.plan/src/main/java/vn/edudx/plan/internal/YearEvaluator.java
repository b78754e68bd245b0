package vn.edudx.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Period;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.plan.Breakdown;
import vn.edudx.api.plan.Coverage;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.MetricValue;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanInput;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.Shortfall;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.plan.TaskEvaluation;
import vn.edudx.api.plan.TaskStatus;
import vn.edudx.api.plan.Trajectory;
import vn.edudx.api.plan.Verdict;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.plan.internal.MetricCalculator.Result;
import vn.edudx.plan.internal.MetricCalculator.UnitFigure;

/**
 * Evaluates a plan for one calendar year from a register and the observations of that year and the
 * years before: pure computation, so that every figure can be checked by hand in a unit test.
 */
public final class YearEvaluator {

  /** How many units the "pulling down" list names. */
  static final int PULLING_DOWN = 5;

  private final PlanDefinition plan;
  private final List<OrgUnit> register;
  private final YearData data;
  private final MetricCalculator calculator;
  private final TaskEvaluator tasks;

  /**
   * @param register the units of the town (schools, the office, its wards and communes)
   * @param observations the observations of each calendar year, by year
   */
  public YearEvaluator(
      PlanDefinition plan, List<OrgUnit> register, Map<Integer, List<Observation>> observations) {
    this.plan = plan;
    this.register = List.copyOf(register);
    this.data = new YearData(observations);
    this.calculator = new MetricCalculator(data);
    this.tasks = new TaskEvaluator(plan, this.register, data);
  }

  public PlanEvaluation evaluate(int year) {
    List<TargetEvaluation> targets = plan.targets().stream().map(t -> evaluate(t, year)).toList();
    Map<PlanStatus, Integer> summary = new EnumMap<>(PlanStatus.class);
    targets.forEach(t -> summary.merge(t.status().status(), 1, Integer::sum));
    List<TaskEvaluation> taskResults = plan.tasks().stream().map(t -> evaluate(t, year)).toList();
    Map<TaskStatus, Integer> taskSummary = new EnumMap<>(TaskStatus.class);
    taskResults.forEach(t -> taskSummary.merge(t.status(), 1, Integer::sum));
    return new PlanEvaluation(
        plan.key(), year, year >= plan.finalYear(), targets, summary, taskResults, taskSummary);
  }

  TaskEvaluation evaluate(PlanTask task, int year) {
    return tasks.evaluate(task, year);
  }

  TargetEvaluation evaluate(PlanTarget t, int year) {
    List<OrgUnit> covered = covered(t, year);
    Result now = calculator.compute(t.metric(), covered, year);
    Result base =
        calculator.compute(t.metric(), covered(t, plan.baselineYear()), plan.baselineYear());
    Trajectory line = trajectory(t, year, base.value());
    Verdict status = StatusRule.decide(now.value(), line, plan.rulesOf(t));
    List<PlanInput> inputs = new ArrayList<>(inputs(now.used()));
    if (year != plan.baselineYear()) {
      inputs.addAll(inputs(base.used()));
    }
    return new TargetEvaluation(
        t.code(),
        t.name(),
        t.metric().kind(),
        t.finalTarget(),
        t.horizonTarget(),
        now.value(),
        t.metric().kind() == MetricKind.VALUE ? List.of() : byArea(t, covered, year),
        t.metric().kind() == MetricKind.VALUE ? List.of() : byLevel(t, covered, year),
        base.value(),
        line,
        status,
        pullingDown(t.metric().kind(), now.reported(), line.toValue()),
        new Coverage(
            covered.size(),
            now.reported().size(),
            now.missing().stream().map(OrgUnit::code).toList()),
        year >= plan.finalYear() && year < plan.horizonYear() && t.horizonTarget() != null
            ? Projector.project(
                t, year, plan.horizonYear(), points(t, year), now.value(), plan.rulesOf(t))
            : null,
        inputs);
  }

  private List<OrgUnit> covered(PlanTarget t, int year) {
    Period period = Period.parse(String.valueOf(year));
    return register.stream().filter(u -> t.covers(u) && u.activeIn(period)).toList();
  }

  /**
   * The line from the baseline to the target due this year: the final-year target up to the final
   * year (and after, when there is no horizon target), the horizon target otherwise. Without a
   * baseline value the line is flat at the target.
   */
  Trajectory trajectory(PlanTarget t, int year, MetricValue baseline) {
    boolean toFinal =
        t.finalTarget() != null && (year <= plan.finalYear() || t.horizonTarget() == null);
    int toYear = toFinal ? plan.finalYear() : plan.horizonYear();
    BigDecimal goal = toFinal ? t.finalTarget() : t.horizonTarget();
    int fromYear = plan.baselineYear();
    BigDecimal from = baseline.value();
    BigDecimal expected;
    if (from == null || year >= toYear) {
      expected = goal;
    } else if (year <= fromYear) {
      expected = from;
    } else {
      expected =
          from.add(
              goal.subtract(from)
                  .multiply(BigDecimal.valueOf(year - fromYear))
                  .divide(BigDecimal.valueOf(toYear - fromYear), 2, RoundingMode.HALF_UP));
    }
    return new Trajectory(
        fromYear, from, toYear, goal, year, expected.setScale(2, RoundingMode.HALF_UP));
  }

  private List<Breakdown> byArea(PlanTarget t, List<OrgUnit> covered, int year) {
    Map<String, List<OrgUnit>> groups = new TreeMap<>();
    covered.stream()
        .filter(u -> u.parentCode() != null)
        .forEach(u -> groups.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u));
    List<Breakdown> out = new ArrayList<>();
    groups.forEach(
        (code, units) -> {
          LocalizedText label =
              register.stream()
                  .filter(u -> u.code().equals(code))
                  .findFirst()
                  .map(u -> LocalizedText.of(u.name()))
                  .orElse(LocalizedText.of(code));
          out.add(new Breakdown(code, label, calculator.compute(t.metric(), units, year).value()));
        });
    return out;
  }

  private List<Breakdown> byLevel(PlanTarget t, List<OrgUnit> covered, int year) {
    Map<SchoolLevel, List<OrgUnit>> groups = new EnumMap<>(SchoolLevel.class);
    covered.stream()
        .filter(u -> u.level() != null)
        .forEach(u -> groups.computeIfAbsent(u.level(), k -> new ArrayList<>()).add(u));
    List<Breakdown> out = new ArrayList<>();
    groups.forEach(
        (level, units) ->
            out.add(
                new Breakdown(
                    level.name(),
                    level.label(),
                    calculator.compute(t.metric(), units, year).value())));
    return out;
  }

  /**
   * The units with the largest shortfall against the target: for a ratio, the count missing against
   * the target share of the unit's own denominator; for an average or a value, the points below the
   * target; for a share of units, the units answering no.
   */
  static List<Shortfall> pullingDown(
      MetricKind kind, List<UnitFigure> reported, BigDecimal target) {
    List<Shortfall> gaps = new ArrayList<>();
    for (UnitFigure f : reported) {
      OrgUnit u = f.unit();
      switch (kind) {
        case RATIO -> {
          BigDecimal gap =
              target
                  .multiply(f.denominator())
                  .divide(MetricCalculator.HUNDRED, 2, RoundingMode.HALF_UP)
                  .subtract(f.numerator());
          if (gap.signum() > 0) {
            gaps.add(
                new Shortfall(
                    u.code(),
                    u.name(),
                    f.value(),
                    gap,
                    Texts.MESSAGES.text(
                        "plan.shortfall.ratio",
                        u.name(),
                        f.numerator(),
                        f.denominator(),
                        f.value(),
                        gap,
                        target)));
          }
        }
        case SHARE_OF_UNITS -> {
          if (f.value().signum() == 0) {
            gaps.add(
                new Shortfall(
                    u.code(),
                    u.name(),
                    f.value(),
                    BigDecimal.ONE,
                    Texts.MESSAGES.text("plan.shortfall.share", u.name())));
          }
        }
        case AVERAGE, VALUE -> {
          BigDecimal gap = target.subtract(f.value());
          if (gap.signum() > 0) {
            gaps.add(
                new Shortfall(
                    u.code(),
                    u.name(),
                    f.value(),
                    gap,
                    Texts.MESSAGES.text(
                        "plan.shortfall.points", u.name(), f.value(), gap, target)));
          }
        }
      }
    }
    return gaps.stream()
        .sorted(
            Comparator.comparing(Shortfall::gap)
                .reversed()
                .thenComparing(s -> Objects.requireNonNullElse(s.value(), BigDecimal.ZERO))
                .thenComparing(Shortfall::unit))
        .limit(PULLING_DOWN)
        .toList();
  }

  /** The town's value in every year up to {@code year} that has data for the target. */
  private Map<Integer, BigDecimal> points(PlanTarget t, int year) {
    Map<Integer, BigDecimal> points = new LinkedHashMap<>();
    Stream.concat(data.years().stream(), Stream.of(year))
        .distinct()
        .filter(y -> y <= year)
        .sorted()
        .forEach(
            y ->
                Optional.ofNullable(
                        calculator.compute(t.metric(), covered(t, y), y).value().value())
                    .ifPresent(v -> points.put(y, v)));
    return points;
  }

  private static List<PlanInput> inputs(List<Observation> used) {
    return used.stream()
        .map(
            o ->
                new PlanInput(
                    o.unitCode(),
                    o.indicatorCode(),
                    Integer.parseInt(o.period()),
                    o.value(),
                    o.id(),
                    o.provenance()))
        .toList();
  }
}
