package vn.edudx.api.indicator;

/** How a criterion turns its inputs into points. */
public enum CriterionType {
  /** A condition that must hold; worth no points; failing it caps the group's level. */
  MANDATORY,
  /** Yes gives the maximum, no gives zero. */
  YES_NO,
  /**
   * A percentage (or the ratio of two numbers, as a percentage) gives the same share of the maximum
   * (85 % of 8 points is 6.8).
   */
  PERCENT,
  /** A percentage, ratio or number gives the points of the highest band it reaches. */
  BANDS,
  /** A whole-number count gives the points of the highest band it reaches. */
  COUNT,
  /** An answer from a list gives that answer's points. */
  CHOICE,
  /** The sum of the children's points. */
  SUM,
  /** An authority's criterion computed from the results of the schools it manages. */
  AGGREGATE
}
