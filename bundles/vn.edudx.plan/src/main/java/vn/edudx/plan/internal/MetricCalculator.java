package vn.edudx.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.plan.Metric;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.MetricValue;
import vn.edudx.api.unit.OrgUnit;

/**
 * Computes one metric over a set of units in one year, and says why when it cannot: no covered
 * unit, no value reported, a zero denominator. Never turns missing data into 0.
 */
final class MetricCalculator {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What a unit reported for the metric, as the shortfall ranking needs it. */
  record UnitFigure(OrgUnit unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}

  /** A metric's value with the units that reported and the observations read. */
  record Result(
      MetricValue value,
      List<UnitFigure> reported,
      List<OrgUnit> missing,
      List<Observation> used) {}

  private final YearData data;

  MetricCalculator(YearData data) {
    this.data = data;
  }

  Result compute(Metric metric, List<OrgUnit> covered, int year) {
    List<UnitFigure> reported = new ArrayList<>();
    List<OrgUnit> missing = new ArrayList<>();
    List<Observation> used = new ArrayList<>();
    List<OrgUnit> units = covered;
    if (metric.kind() == MetricKind.VALUE && metric.unit() != null) {
      units = covered.stream().filter(u -> u.code().equals(metric.unit())).toList();
    }
    for (OrgUnit u : units) {
      List<Observation> obs = new ArrayList<>();
      for (String code : metric.indicators()) {
        data.get(year, u.code(), code).ifPresent(obs::add);
      }
      Optional<UnitFigure> figure = figure(metric, u, obs);
      if (figure.isPresent()) {
        reported.add(figure.get());
        used.addAll(obs);
      } else {
        missing.add(u);
      }
    }
    return new Result(value(metric, units, reported, year), reported, missing, used);
  }

  private static Optional<UnitFigure> figure(Metric metric, OrgUnit u, List<Observation> obs) {
    if (obs.size() < metric.indicators().size()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          switch (metric.kind()) {
            case RATIO -> {
              BigDecimal num = obs.get(0).asNumber();
              BigDecimal den = obs.get(1).asNumber();
              yield new UnitFigure(u, percent(num, den), num, den);
            }
            case SHARE_OF_UNITS -> {
              BigDecimal yes = obs.get(0).asBoolean() ? HUNDRED : BigDecimal.ZERO;
              yield new UnitFigure(u, yes, null, null);
            }
            case AVERAGE, VALUE -> new UnitFigure(u, obs.get(0).asNumber(), null, null);
          });
    } catch (NumberFormatException e) {
      // Values were checked on entry; one that is not a number counts as not reported.
      return Optional.empty();
    }
  }

  private static MetricValue value(
      Metric metric, List<OrgUnit> units, List<UnitFigure> reported, int year) {
    String y = String.valueOf(year);
    if (units.isEmpty()) {
      return noData("no-covered-unit", 0, y);
    }
    if (metric.kind() == MetricKind.VALUE && units.size() > 1) {
      return noData("several-units", 0, metric.indicator(), units.size());
    }
    if (reported.isEmpty()) {
      return noData("no-value", 0, String.join(", ", metric.indicators()), y, units.size());
    }
    int n = reported.size();
    return switch (metric.kind()) {
      case RATIO -> {
        BigDecimal num =
            reported.stream().map(UnitFigure::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal den =
            reported.stream().map(UnitFigure::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (den.signum() == 0) {
          yield noData("zero-denominator", n, metric.denominator(), y, n);
        }
        yield new MetricValue(percent(num, den), num, den, n, null, null);
      }
      case AVERAGE -> {
        BigDecimal sum =
            reported.stream().map(UnitFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal count = BigDecimal.valueOf(n);
        yield new MetricValue(
            sum.divide(count, 2, RoundingMode.HALF_UP), sum, count, n, null, null);
      }
      case SHARE_OF_UNITS -> {
        long yes = reported.stream().filter(f -> f.value().signum() > 0).count();
        BigDecimal count = BigDecimal.valueOf(n);
        yield new MetricValue(
            percent(BigDecimal.valueOf(yes), count), BigDecimal.valueOf(yes), count, n, null, null);
      }
      case VALUE -> {
        yield new MetricValue(
            reported.get(0).value().setScale(2, RoundingMode.HALF_UP), null, null, 1, null, null);
      }
    };
  }

  /** {@code num ÷ den} in %, 2 decimals; {@code null} when the denominator is 0. */
  static BigDecimal percent(BigDecimal num, BigDecimal den) {
    return den.signum() == 0 ? null : num.multiply(HUNDRED).divide(den, 2, RoundingMode.HALF_UP);
  }

  private static MetricValue noData(String code, int units, Object... args) {
    return new MetricValue(
        null, null, null, units, code, Texts.MESSAGES.text("plan.nodata." + code, args));
  }
}
