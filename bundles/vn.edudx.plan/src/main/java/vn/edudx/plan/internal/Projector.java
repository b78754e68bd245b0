package vn.edudx.plan.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import vn.edudx.api.plan.MetricValue;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.Projection;
import vn.edudx.api.plan.StatusRules;
import vn.edudx.api.plan.Verdict;

/**
 * Projects a target's value to the horizon year by least squares over the years with data, clamped
 * to 0–100, and holds the projection against the horizon target.
 */
final class Projector {

  private static final MathContext MC = MathContext.DECIMAL64;

  private Projector() {}

  static Projection project(
      PlanTarget t,
      int year,
      int horizon,
      Map<Integer, BigDecimal> points,
      MetricValue now,
      StatusRules rules) {
    BigDecimal target = t.horizonTarget();
    BigDecimal band = rules.atRiskBand();
    BigDecimal tol = rules.onTrackTolerance();
    String h = String.valueOf(horizon);
    if (points.size() < 2) {
      Verdict none =
          new Verdict(
              PlanStatus.NO_DATA,
              Texts.MESSAGES.text("plan.projection.no-data", points.size(), h),
              null,
              target,
              null,
              tol,
              band);
      return new Projection(horizon, null, null, points, none);
    }
    BigDecimal n = BigDecimal.valueOf(points.size());
    BigDecimal meanX =
        points.keySet().stream()
            .map(BigDecimal::valueOf)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(n, MC);
    BigDecimal meanY =
        points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, MC);
    BigDecimal sxy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> p : points.entrySet()) {
      BigDecimal dx = BigDecimal.valueOf(p.getKey()).subtract(meanX);
      sxy = sxy.add(dx.multiply(p.getValue().subtract(meanY)));
      sxx = sxx.add(dx.multiply(dx));
    }
    BigDecimal slope = sxy.divide(sxx, MC);
    BigDecimal raw = meanY.add(slope.multiply(BigDecimal.valueOf(horizon).subtract(meanX)));
    BigDecimal value =
        raw.max(BigDecimal.ZERO).min(MetricCalculator.HUNDRED).setScale(2, RoundingMode.HALF_UP);
    String years = String.valueOf(points.size());
    Verdict verdict;
    if (now.hasValue() && now.value().compareTo(target) >= 0) {
      verdict = verdict(PlanStatus.MET, "met", value, target, tol, band, now.value(), target, h);
    } else if (value.compareTo(target) >= 0) {
      verdict =
          verdict(
              PlanStatus.ON_TRACK, "on-track", value, target, tol, band, value, target, h, years);
    } else if (value.compareTo(target.subtract(band)) >= 0) {
      verdict =
          verdict(
              PlanStatus.AT_RISK,
              "at-risk",
              value,
              target,
              tol,
              band,
              value,
              target,
              h,
              years,
              band);
    } else {
      verdict =
          verdict(
              PlanStatus.OFF_TRACK,
              "off-track",
              value,
              target,
              tol,
              band,
              value,
              target,
              h,
              years,
              band);
    }
    return new Projection(horizon, value, slope.setScale(2, RoundingMode.HALF_UP), points, verdict);
  }

  private static Verdict verdict(
      PlanStatus status,
      String key,
      BigDecimal value,
      BigDecimal target,
      BigDecimal tol,
      BigDecimal band,
      Object... args) {
    return new Verdict(
        status,
        Texts.MESSAGES.text("plan.projection." + key, args),
        value,
        target,
        target,
        tol,
        band);
  }
}
