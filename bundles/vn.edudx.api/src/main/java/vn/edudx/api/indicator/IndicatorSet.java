package vn.edudx.api.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/**
 * A versioned indicator set (the MOET 4725 school set, a local set): the units it applies to, its
 * groups and criteria, and the indicators it reads.
 *
 * @param id a stable identifier such as {@code moet-4725-2022}
 * @param version the version; a version once used for scores never changes
 * @param title the set's title
 * @param legalBasis the legal text it implements
 * @param unitTypes the unit types it scores
 * @param schoolLevels for schools, the levels it applies to
 * @param groups the groups, each scored and levelled separately
 * @param indicators the inputs its criteria read
 */
public record IndicatorSet(
    String id,
    int version,
    LocalizedText title,
    String legalBasis,
    Set<UnitType> unitTypes,
    Set<SchoolLevel> schoolLevels,
    List<IndicatorGroup> groups,
    List<Indicator> indicators) {

  public IndicatorSet {
    unitTypes = Set.copyOf(unitTypes);
    schoolLevels = Set.copyOf(schoolLevels);
    groups = List.copyOf(groups);
    indicators = List.copyOf(indicators);
  }

  /** Whether the set scores this unit. */
  public boolean appliesTo(OrgUnit unit) {
    return unitTypes.contains(unit.type())
        && (!unit.isSchool() || (unit.level() != null && schoolLevels.contains(unit.level())));
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** Every criterion of every group, parents before their children. */
  public List<Criterion> allCriteria() {
    List<Criterion> all = new ArrayList<>();
    for (IndicatorGroup g : groups) {
      g.criteria().forEach(c -> collect(c, all));
    }
    return all;
  }

  private static void collect(Criterion c, List<Criterion> into) {
    into.add(c);
    c.children().forEach(child -> collect(child, into));
  }
}
