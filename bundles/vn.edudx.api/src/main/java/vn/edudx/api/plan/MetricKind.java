package vn.edudx.api.plan;

/** How a target's value is computed from observations: a closed set, never an expression. */
public enum MetricKind {
  /** Σ numerator ÷ Σ denominator over the covered units that reported both, in %. */
  RATIO,
  /** The mean of a PERCENT indicator over the covered units that reported it. */
  AVERAGE,
  /** Units answering yes to a BOOLEAN indicator ÷ covered units that answered, in %. */
  SHARE_OF_UNITS,
  /** The value of one unit (the office), read as it is. */
  VALUE
}
