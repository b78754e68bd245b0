package vn.edudx.api.score;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * A group's total and level, with what decided the level: the thresholds, any failed mandatory
 * condition that capped it, and the inputs that were missing.
 */
public record GroupScore(
    String code,
    LocalizedText name,
    BigDecimal points,
    BigDecimal maxPoints,
    int level,
    LocalizedText levelExplanation,
    List<String> failedMandatory,
    List<String> missingInputs,
    List<CriterionScore> criteria) {

  public GroupScore {
    failedMandatory = List.copyOf(failedMandatory);
    missingInputs = List.copyOf(missingInputs);
    criteria = List.copyOf(criteria);
  }
}
