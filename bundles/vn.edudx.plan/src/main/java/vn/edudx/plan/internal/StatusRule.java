package vn.edudx.plan.internal;

import java.math.BigDecimal;
import vn.edudx.api.plan.MetricValue;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.StatusRules;
import vn.edudx.api.plan.Trajectory;
import vn.edudx.api.plan.Verdict;

/**
 * Decides a target's status from its value, the target due and the value expected on the
 * trajectory, and says which rule decided it with the numbers used.
 */
final class StatusRule {

  private StatusRule() {}

  /**
   * MET when the value reaches the target; in the year the target is due or later, a shortfall is
   * AT_RISK within the band and OFF_TRACK beyond it (no tolerance once due); before, ON_TRACK
   * within the tolerance below the expected value, AT_RISK within the band, OFF_TRACK beyond.
   */
  static Verdict decide(MetricValue town, Trajectory line, StatusRules rules) {
    BigDecimal tol = rules.onTrackTolerance();
    BigDecimal band = rules.atRiskBand();
    BigDecimal target = line.toValue();
    BigDecimal expected = line.expected();
    if (!town.hasValue()) {
      return new Verdict(
          PlanStatus.NO_DATA, town.noDataReason(), null, target, expected, tol, band);
    }
    BigDecimal v = town.value();
    String y = String.valueOf(line.year());
    String due = String.valueOf(line.toYear());
    if (v.compareTo(target) >= 0) {
      return verdict(PlanStatus.MET, "met", v, target, expected, tol, band, v, target, due);
    }
    if (line.year() >= line.toYear()) {
      BigDecimal floor = target.subtract(band);
      return v.compareTo(floor) >= 0
          ? verdict(
              PlanStatus.AT_RISK,
              "due-at-risk",
              v,
              target,
              expected,
              tol,
              band,
              v,
              target,
              due,
              band,
              floor)
          : verdict(
              PlanStatus.OFF_TRACK,
              "due-off-track",
              v,
              target,
              expected,
              tol,
              band,
              v,
              target,
              due,
              band,
              floor);
    }
    BigDecimal onTrack = expected.subtract(tol);
    BigDecimal atRisk = expected.subtract(band);
    if (v.compareTo(onTrack) >= 0) {
      return verdict(
          PlanStatus.ON_TRACK,
          "on-track",
          v,
          target,
          expected,
          tol,
          band,
          v,
          expected,
          y,
          tol,
          onTrack);
    }
    if (v.compareTo(atRisk) >= 0) {
      return verdict(
          PlanStatus.AT_RISK,
          "at-risk",
          v,
          target,
          expected,
          tol,
          band,
          v,
          expected,
          y,
          tol,
          onTrack,
          band,
          atRisk);
    }
    return verdict(
        PlanStatus.OFF_TRACK,
        "off-track",
        v,
        target,
        expected,
        tol,
        band,
        v,
        expected,
        y,
        band,
        atRisk);
  }

  private static Verdict verdict(
      PlanStatus status,
      String key,
      BigDecimal v,
      BigDecimal target,
      BigDecimal expected,
      BigDecimal tol,
      BigDecimal band,
      Object... args) {
    return new Verdict(
        status, Texts.MESSAGES.text("plan.status." + key, args), v, target, expected, tol, band);
  }
}
