package vn.edudx.api.score;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.indicator.CriterionType;

/**
 * The points of one criterion and why: the rule that decided, the inputs it read, a sentence for
 * the school.
 *
 * @param rule the name of the rule that decided (as in the generated rule base)
 */
public record CriterionScore(
    String code,
    LocalizedText name,
    CriterionType type,
    BigDecimal points,
    BigDecimal maxPoints,
    Outcome outcome,
    String rule,
    LocalizedText explanation,
    List<InputUsed> inputs,
    List<CriterionScore> children) {

  public CriterionScore {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    children = children == null ? List.of() : List.copyOf(children);
  }
}
