package vn.edudx.api.observation;

import java.math.BigDecimal;

/**
 * A stored value of an indicator for a unit and period, with its provenance.
 *
 * @param value the canonical value ({@code true}/{@code false}, or a decimal with a point)
 */
public record Observation(
    long id,
    String unitCode,
    String period,
    String indicatorCode,
    String value,
    String evidence,
    String note,
    Provenance provenance) {

  /** The longest text a value, an evidence link or a note may have (the columns' size). */
  public static final int MAX_TEXT = 2000;

  public boolean asBoolean() {
    return Boolean.parseBoolean(value);
  }

  /** The value as a number; only for numeric indicators, whose values were checked on entry. */
  public BigDecimal asNumber() {
    return new BigDecimal(value);
  }
}
