package vn.edudx.api.score;

/** What a criterion's rule decided. */
public enum Outcome {
  /** The maximum was awarded. */
  AWARDED,
  /** Part of the maximum was awarded. */
  PARTIAL,
  /** The input was there and gave no points. */
  NOT_AWARDED,
  /** A mandatory condition holds. */
  PASSED,
  /** A mandatory condition does not hold. */
  FAILED,
  /** The input was missing; no points were given. */
  MISSING,
  /** The criterion does not apply to this school's level; the set says what that gives. */
  NOT_APPLICABLE
}
