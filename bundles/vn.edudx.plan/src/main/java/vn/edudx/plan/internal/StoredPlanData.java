package vn.edudx.plan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edudx.api.Period;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;

/**
 * Gathers from the stores what a year's evaluation reads, so that the evaluator itself stays pure:
 * the units of the area and the current observations of every calendar year up to the one asked.
 */
public final class StoredPlanData {

  private StoredPlanData() {}

  /**
   * An evaluator over the stored data of an area.
   *
   * @param area the town (or office) whose units count, by {@link UnitStore#covers}; {@code null}
   *     for the whole register
   */
  public static YearEvaluator evaluator(
      PlanDefinition plan, UnitStore units, ObservationStore observations, String area, int year) {
    List<OrgUnit> all = units.list(null, null);
    Map<String, OrgUnit> byCode =
        all.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a));
    List<OrgUnit> register =
        all.stream()
            .filter(u -> UnitStore.covers(area, u.code(), c -> Optional.ofNullable(byCode.get(c))))
            .toList();
    List<String> codes = register.stream().map(OrgUnit::code).toList();
    Map<Integer, List<Observation>> byYear = new HashMap<>();
    for (String code : observations.periods()) {
      Period p = Period.parseOrNull(code);
      if (p != null
          && p.kind() == Period.Kind.CALENDAR_YEAR
          && p.start().getYear() <= year
          && p.code().equals(code)) {
        byYear.put(p.start().getYear(), observations.current(code, codes));
      }
    }
    return new YearEvaluator(plan, register, byYear);
  }
}
