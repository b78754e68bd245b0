package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.InputUsed;

/** A unit's current value of one indicator, as the generated rules see it. */
public final class InputFact {

  private final Observation observation;
  private final boolean yes;
  private final BigDecimal number;
  private final String text;

  /**
   * @throws NumberFormatException if the value does not fit the indicator's type
   */
  public InputFact(Observation observation, ValueType type) {
    this.observation = observation;
    this.yes = type == ValueType.BOOLEAN && observation.asBoolean();
    this.number =
        type == ValueType.PERCENT || type == ValueType.NUMBER ? observation.asNumber() : null;
    this.text = type == ValueType.TEXT ? observation.value().strip() : null;
  }

  public String getUnit() {
    return observation.unitCode();
  }

  public String getIndicator() {
    return observation.indicatorCode();
  }

  public boolean isYes() {
    return yes;
  }

  public BigDecimal getNumber() {
    return number;
  }

  /** Whether the number is above zero (a denominator that can divide). */
  public boolean isPositive() {
    return number != null && number.signum() > 0;
  }

  public String getText() {
    return text;
  }

  public Observation getObservation() {
    return observation;
  }

  /** The value as a score shows it, with where it came from. */
  public InputUsed used() {
    return new InputUsed(
        observation.unitCode(),
        observation.indicatorCode(),
        observation.value(),
        observation.id(),
        observation.evidence(),
        observation.provenance());
  }
}
