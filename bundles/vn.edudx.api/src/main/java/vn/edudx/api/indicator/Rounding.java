package vn.edudx.api.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How points are rounded: once per criterion and once per total, never in between, so that the
 * rules and the reference evaluator agree to the last digit.
 *
 * @param scale the decimals kept (2 by default)
 * @param mode the rounding mode ({@code HALF_UP} by default, as schools round by hand)
 */
public record Rounding(int scale, RoundingMode mode) {

  /** Two decimals, half up. */
  public static final Rounding DEFAULT = new Rounding(2, RoundingMode.HALF_UP);

  public Rounding {
    mode = mode == null ? RoundingMode.HALF_UP : mode;
  }

  public BigDecimal apply(BigDecimal value) {
    return value.setScale(scale, mode);
  }
}
