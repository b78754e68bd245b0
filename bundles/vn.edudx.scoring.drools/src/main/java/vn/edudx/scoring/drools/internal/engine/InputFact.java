package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.observation.Observation;

/** A unit's current value of one indicator, as the generated rules see it. */
public final class InputFact {

  private final Observation observation;
  private final boolean yes;
  private final BigDecimal number;

  public InputFact(Observation observation, ValueType type) {
    this.observation = observation;
    this.yes = type == ValueType.BOOLEAN && observation.asBoolean();
    this.number =
        type == ValueType.PERCENT || type == ValueType.NUMBER ? observation.asNumber() : null;
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

  public Observation getObservation() {
    return observation;
  }
}
