package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic the generated rules call, kept in one place so that the rules and the reference
 * agree to the last digit: points are rounded half up to two decimals.
 */
public final class Points {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Points() {}

  /** The same share of {@code max} as {@code percent} is of 100, clamped to 0..max. */
  public static BigDecimal share(BigDecimal percent, BigDecimal max) {
    BigDecimal clamped = percent.max(BigDecimal.ZERO).min(HUNDRED);
    // Exact: dividing by 100 only moves the point, so the one rounding is the last one.
    return round(clamped.multiply(max).movePointLeft(2));
  }

  public static BigDecimal round(BigDecimal points) {
    return points.setScale(2, RoundingMode.HALF_UP);
  }
}
