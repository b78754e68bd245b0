package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.edudx.api.indicator.Criterion.Band;

/**
 * The arithmetic the generated rules and the reference evaluator share, kept in one place so that
 * they agree to the last digit. Points are rounded only when a criterion's award is recorded (see
 * {@link Awards}), never here.
 */
public final class Points {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Decimals a ratio keeps before it is turned into points. */
  public static final int RATIO_SCALE = 6;

  private Points() {}

  /** The same share of {@code max} as {@code percent} is of 100, clamped to 0..max; exact. */
  public static BigDecimal share(BigDecimal percent, BigDecimal max) {
    BigDecimal clamped = percent.max(BigDecimal.ZERO).min(HUNDRED);
    // Dividing by 100 only moves the point, so the one rounding is the recorded one.
    return clamped.multiply(max).movePointLeft(2);
  }

  /** {@code numerator / denominator} as a percentage, to {@value #RATIO_SCALE} decimals. */
  public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.multiply(HUNDRED).divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
  }

  /** Whether {@code value} is at least {@code from} and, if {@code below} is given, under it. */
  public static boolean inBand(BigDecimal value, String from, String below) {
    return value.compareTo(new BigDecimal(from)) >= 0
        && (below == null || value.compareTo(new BigDecimal(below)) < 0);
  }

  /** Whether {@code value} is under the first band. */
  public static boolean below(BigDecimal value, String first) {
    return value.compareTo(new BigDecimal(first)) < 0;
  }

  /**
   * The index of the band a value reaches (the highest whose {@code from} it attains), or -1 below
   * the first. Bands are ascending.
   */
  public static int band(BigDecimal value, List<Band> bands) {
    int found = -1;
    for (int i = 0; i < bands.size(); i++) {
      if (value.compareTo(bands.get(i).from()) >= 0) {
        found = i;
      }
    }
    return found;
  }

  /** A percentage turned into points: by its bands if it has some, else proportionally. */
  public static BigDecimal fromPercent(BigDecimal percent, BigDecimal max, List<Band> bands) {
    if (bands.isEmpty()) {
      return share(percent, max);
    }
    int i = band(percent, bands);
    return i < 0 ? BigDecimal.ZERO : bands.get(i).points();
  }
}
