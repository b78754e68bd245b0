package vn.edudx.scoring.drools.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.observation.Observation;

/** Turns a period's current values into the facts a set's rules read, the same for both engines. */
public final class Inputs {

  private static final Logger LOG = LoggerFactory.getLogger(Inputs.class);

  private Inputs() {}

  /**
   * The facts of each unit: values of indicators the set declares, typed as it declares them.
   *
   * @return facts by unit code
   */
  public static Map<String, List<InputFact>> of(
      IndicatorSet set, Collection<Observation> observations, String period) {
    Map<String, List<InputFact>> byUnit = new HashMap<>();
    for (Observation o : observations) {
      if (!period.equals(o.period())) {
        continue;
      }
      Optional<Indicator> indicator = set.indicator(o.indicatorCode());
      if (indicator.isEmpty()) {
        continue;
      }
      try {
        byUnit
            .computeIfAbsent(o.unitCode(), u -> new ArrayList<>())
            .add(new InputFact(o, indicator.get().type()));
      } catch (NumberFormatException e) {
        // Checked on entry, so only a set version that changed the indicator's type gets here:
        // the criterion shows the value as missing rather than failing every unit scored.
        LOG.warn(
            "Value {} of {} (observation {}) is not a {}; scored as missing",
            o.value(),
            o.indicatorCode(),
            o.id(),
            indicator.get().type());
      }
    }
    return byUnit;
  }
}
