package vn.edudx.api.indicator;

/** How a criterion turns its input into points. */
public enum CriterionType {
  /** A condition that must hold; worth no points; failing it caps the group's level. */
  MANDATORY,
  /** Yes gives the maximum, no gives zero. */
  YES_NO,
  /** A percentage gives the same share of the maximum (85 % of 8 points is 6.8). */
  PERCENT,
  /** The sum of the children's points. */
  SUM
}
