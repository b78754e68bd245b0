package vn.edudx.api.plan;

import java.math.BigDecimal;
import vn.edudx.api.LocalizedText;

/**
 * A metric computed over a set of units, or why it could not be: never 0 in place of "no data".
 *
 * @param value the value in % (2 decimals), or {@code null} when there is no data
 * @param numerator for RATIO the Σ numerator, for SHARE_OF_UNITS the units answering yes, for
 *     AVERAGE the Σ of values; {@code null} without data
 * @param denominator for RATIO the Σ denominator, otherwise the units counted
 * @param units how many units the value was computed from
 * @param noDataCode {@code no-covered-unit}, {@code no-value}, {@code zero-denominator} or {@code
 *     several-units} when there is no value; {@code null} otherwise
 * @param noDataReason why there is no value, in words; {@code null} otherwise
 */
public record MetricValue(
    BigDecimal value,
    BigDecimal numerator,
    BigDecimal denominator,
    int units,
    String noDataCode,
    LocalizedText noDataReason) {

  public boolean hasValue() {
    return value != null;
  }
}
