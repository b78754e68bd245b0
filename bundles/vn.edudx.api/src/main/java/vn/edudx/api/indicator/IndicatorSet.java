package vn.edudx.api.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/**
 * A versioned indicator set (the MOET 4725 school set, the 3806 authority set, a local set): the
 * units it applies to, its groups and criteria, the levels and the indicators it reads. A set with
 * no group scores nothing and only declares indicators (the plan's targets).
 *
 * @param id a stable identifier such as {@code moet-4725-2022}
 * @param version the version; a version once activated never changes
 * @param title the set's title
 * @param legalBasis the legal text it implements
 * @param unitTypes the unit types it scores
 * @param schoolLevels for schools, the levels it applies to
 * @param levels thresholds on the total of all groups (3806), or {@code null} when each group is
 *     levelled on its own (4725)
 * @param rounding how points are rounded; {@code null} means {@link Rounding#DEFAULT}
 * @param groups the groups
 * @param indicators the inputs its criteria read
 * @param note what the office should know about the set as a whole
 */
public record IndicatorSet(
    String id,
    int version,
    LocalizedText title,
    String legalBasis,
    Set<UnitType> unitTypes,
    Set<SchoolLevel> schoolLevels,
    LevelThresholds levels,
    Rounding rounding,
    List<IndicatorGroup> groups,
    List<Indicator> indicators,
    String note) {

  public IndicatorSet {
    unitTypes = unitTypes == null ? Set.of() : withoutNulls(unitTypes);
    schoolLevels = schoolLevels == null ? Set.of() : withoutNulls(schoolLevels);
    groups = groups == null ? List.of() : List.copyOf(groups);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    rounding = rounding == null ? Rounding.DEFAULT : rounding;
  }

  /**
   * The values in their declaration order, without nulls (a value a reader could not convert
   * arrives as null and is reported there): the same definition must always give the same JSON, and
   * a hash set's order changes from one run to the next.
   */
  static <E extends Enum<E>> Set<E> withoutNulls(Set<E> values) {
    List<E> present = values.stream().filter(v -> v != null).toList();
    return present.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(present));
  }

  /** Whether the set scores this unit. */
  public boolean appliesTo(OrgUnit unit) {
    return scores() && covers(unit);
  }

  /** Whether the set's indicators concern this unit (its type, and its level for a school). */
  public boolean covers(OrgUnit unit) {
    return unitTypes.contains(unit.type())
        && (!unit.isSchool() || (unit.level() != null && schoolLevels.contains(unit.level())));
  }

  /** Whether the set gives scores, rather than only declaring indicators. */
  public boolean scores() {
    return !groups.isEmpty();
  }

  /** The set's id and version as rules and scores name it, e.g. {@code moet-4725-2022@1}. */
  public String key() {
    return id + "@" + version;
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Optional<IndicatorGroup> group(String code) {
    return groups.stream().filter(g -> g.code().equals(code)).findFirst();
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
