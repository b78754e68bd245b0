package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.score.InputUsed;

/**
 * What one rule decided for one criterion of one unit. Two engines producing equal awards produce
 * equal scores: this is what the differential test compares.
 *
 * @param kind what the rule found
 * @param points the points given, rounded ({@code null} for mandatory conditions)
 * @param rule the rule's name
 * @param indicator the indicator the rule reads, or the source set of an aggregate
 * @param value the number points were computed from (a percentage, ratio, count or aggregate), or
 *     {@code null}
 * @param detail the band reached ({@code ≥ 50}), the answer chosen, or {@code null}
 * @param inputs the values read, with where they came from
 */
public record Award(
    Kind kind,
    BigDecimal points,
    String rule,
    String indicator,
    BigDecimal value,
    String detail,
    List<InputUsed> inputs) {

  public Award {
    inputs = List.copyOf(inputs);
  }

  /** What a rule found. */
  public enum Kind {
    POINTS,
    PASSED,
    FAILED,
    MISSING,
    /** A ratio's denominator is zero: nothing to divide, no points. */
    NO_BASE,
    NOT_APPLICABLE,
    /** An aggregate over schools, and the authority manages none the set scores. */
    NO_CHILDREN
  }
}
