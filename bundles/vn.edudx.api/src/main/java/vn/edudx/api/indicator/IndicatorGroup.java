package vn.edudx.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * A group of criteria scored and levelled on its own (4725 has two: teaching and learning, school
 * management).
 */
public record IndicatorGroup(
    String code,
    LocalizedText name,
    BigDecimal maxPoints,
    LevelThresholds levels,
    List<Criterion> criteria) {

  public IndicatorGroup {
    criteria = List.copyOf(criteria);
  }
}
