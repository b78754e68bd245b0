package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;

/**
 * What one rule decided for one criterion of one unit.
 *
 * @param kind what the rule found
 * @param points the points given ({@code null} for mandatory conditions)
 * @param rule the rule's name
 * @param input the value read, or {@code null} when it was missing
 * @param indicator the indicator the rule reads
 */
public record Award(Kind kind, BigDecimal points, String rule, InputFact input, String indicator) {

  /** What a rule found. */
  public enum Kind {
    POINTS,
    PASSED,
    FAILED,
    MISSING
  }
}
