package vn.edudx.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * One criterion of an indicator group: what it awards, from which input, and how sure we are of its
 * definition.
 *
 * @param code the code of the legal text, e.g. {@code 1.3.1}
 * @param name the criterion's wording
 * @param type how points are awarded
 * @param maxPoints the most it can give (zero for a mandatory condition)
 * @param input the indicator code it reads, or {@code null} for a sum
 * @param children the sub-criteria of a sum, empty otherwise
 * @param confidence how sure we are of the points and formula
 * @param note what the office should know or check
 */
public record Criterion(
    String code,
    LocalizedText name,
    CriterionType type,
    BigDecimal maxPoints,
    String input,
    List<Criterion> children,
    Confidence confidence,
    String note) {

  public Criterion {
    children = children == null ? List.of() : List.copyOf(children);
    maxPoints = maxPoints == null ? BigDecimal.ZERO : maxPoints;
    confidence = confidence == null ? Confidence.UNKNOWN : confidence;
  }
}
