package vn.edudx.api.plan;

/** How a value is held against its target; the plan's targets are all floors. */
public enum Comparison {
  /** Met when the value is at least the target. */
  AT_LEAST
}
