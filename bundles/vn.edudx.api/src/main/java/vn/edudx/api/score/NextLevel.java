package vn.edudx.api.score;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * "To reach the next level": the fewest criteria whose improvement lifts a group one level, the
 * ones with most points still open first, and every failed mandatory condition that holds it back.
 *
 * @param target the level aimed at
 * @param pointsNeeded the points the group still lacks for it (zero if only conditions hold it
 *     back)
 * @param steps what to improve, in order
 * @param reachable whether the open points are enough at all
 * @param summary one sentence for the school
 */
public record NextLevel(
    int target,
    BigDecimal pointsNeeded,
    List<Step> steps,
    boolean reachable,
    LocalizedText summary) {

  public NextLevel {
    steps = List.copyOf(steps);
  }

  /**
   * One criterion to improve.
   *
   * @param openPoints the points it can still give (zero for a mandatory condition)
   * @param mandatory whether it is a mandatory condition that must be met
   */
  public record Step(String code, LocalizedText name, BigDecimal openPoints, boolean mandatory) {}
}
