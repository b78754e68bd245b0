package vn.edudx.api.indicator;

import java.math.BigDecimal;

/**
 * Where points turn into a level (MOET 4725 and 3806: below 50 is Mức 1, 50 to 75 is Mức 2, above
 * 75 is Mức 3), and what failing a mandatory condition does.
 *
 * @param level2From the lowest total that reaches Mức 2
 * @param level3Above the total that must be exceeded to reach Mức 3
 * @param capOnMandatoryFailure the highest level a group can have while a mandatory condition fails
 */
public record LevelThresholds(
    BigDecimal level2From, BigDecimal level3Above, int capOnMandatoryFailure) {

  /** The level of a total before any cap. */
  public int levelOf(BigDecimal total) {
    if (total.compareTo(level2From) < 0) {
      return 1;
    }
    return total.compareTo(level3Above) > 0 ? 3 : 2;
  }
}
