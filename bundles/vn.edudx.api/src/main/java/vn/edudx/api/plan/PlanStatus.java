package vn.edudx.api.plan;

/** Where a target stands in a year. */
public enum PlanStatus {
  /** The value reaches the target. */
  MET,
  /** Below the target but no further below the trajectory than the tolerance. */
  ON_TRACK,
  /** Further below the trajectory than the tolerance, within the at-risk band. */
  AT_RISK,
  /** Below the at-risk band. */
  OFF_TRACK,
  /** No value could be computed; the reason says why. */
  NO_DATA
}
