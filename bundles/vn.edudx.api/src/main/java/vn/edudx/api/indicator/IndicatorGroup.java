package vn.edudx.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * A group of criteria (4725 has two, each scored and levelled on its own: teaching and learning,
 * school management; 3806 has two that add up to one levelled total).
 *
 * @param levels the group's own thresholds, or {@code null} when only the set's total is levelled
 */
public record IndicatorGroup(
    String code,
    LocalizedText name,
    BigDecimal maxPoints,
    LevelThresholds levels,
    List<Criterion> criteria) {

  public IndicatorGroup {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }
}
