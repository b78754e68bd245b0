package vn.edudx.api.score;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * A group's total and level, with what decided the level: the thresholds, any failed mandatory
 * condition that capped it, the inputs that were missing, and what would lift it.
 *
 * @param maxPoints the group's maximum in the set
 * @param applicableMax the maximum left once criteria that do not apply are excluded
 * @param level the level, or 0 when only the set's total is levelled
 * @param nextLevel what would lift the group one level, or {@code null} at the top or when the
 *     group is not levelled
 */
public record GroupScore(
    String code,
    LocalizedText name,
    BigDecimal points,
    BigDecimal maxPoints,
    BigDecimal applicableMax,
    int level,
    LocalizedText levelExplanation,
    List<String> failedMandatory,
    List<String> missingInputs,
    List<CriterionScore> criteria,
    NextLevel nextLevel) {

  public GroupScore {
    failedMandatory = List.copyOf(failedMandatory);
    missingInputs = List.copyOf(missingInputs);
    criteria = List.copyOf(criteria);
    applicableMax = applicableMax == null ? maxPoints : applicableMax;
  }
}
