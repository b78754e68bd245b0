package vn.edudx.api.indicator;

/** What kind of value an indicator takes. */
public enum ValueType {
  /** Yes or no (có/không, đạt/chưa đạt). */
  BOOLEAN,
  /** A percentage from 0 to 100. */
  PERCENT,
  /** A number, within the indicator's range. */
  NUMBER,
  /** Free text. */
  TEXT
}
