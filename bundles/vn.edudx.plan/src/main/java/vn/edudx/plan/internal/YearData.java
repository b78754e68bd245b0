package vn.edudx.plan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edudx.api.observation.Observation;

/**
 * The observations of the calendar years an evaluation reads, indexed by year, unit and indicator;
 * where a unit has several values for one indicator and year, the most recently stored counts.
 */
final class YearData {

  private final Map<Integer, Map<String, Map<String, Observation>>> byYear = new HashMap<>();

  YearData(Map<Integer, List<Observation>> observations) {
    observations.forEach(
        (year, list) -> {
          Map<String, Map<String, Observation>> units =
              byYear.computeIfAbsent(year, y -> new HashMap<>());
          for (Observation o : list) {
            units
                .computeIfAbsent(o.unitCode(), u -> new HashMap<>())
                .merge(o.indicatorCode(), o, (a, b) -> a.id() >= b.id() ? a : b);
          }
        });
  }

  Optional<Observation> get(int year, String unit, String indicator) {
    return Optional.ofNullable(
        byYear.getOrDefault(year, Map.of()).getOrDefault(unit, Map.of()).get(indicator));
  }

  /** The years that have any observation, in order. */
  List<Integer> years() {
    return byYear.keySet().stream().sorted().toList();
  }
}
