package vn.edudx.api.plan;

import java.math.BigDecimal;

/**
 * The parameters that decide on track and at risk, in percentage points below the value expected on
 * the linear trajectory.
 *
 * @param onTrackTolerance still on track this far below the expected value (default 5)
 * @param atRiskBand at risk down to this far below the expected value (default 15); lower is off
 *     track
 */
public record StatusRules(BigDecimal onTrackTolerance, BigDecimal atRiskBand) {

  /** The plan's defaults: 5 points on track, 15 at risk. */
  public static final StatusRules DEFAULT =
      new StatusRules(BigDecimal.valueOf(5), BigDecimal.valueOf(15));

  /** These rules with every missing parameter taken from {@code fallback}. */
  public StatusRules orElse(StatusRules fallback) {
    return new StatusRules(
        onTrackTolerance == null ? fallback.onTrackTolerance() : onTrackTolerance,
        atRiskBand == null ? fallback.atRiskBand() : atRiskBand);
  }
}
