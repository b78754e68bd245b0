package vn.edudx.api.plan;

import java.math.BigDecimal;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/**
 * One measurable target of the plan, with its code, the metric that computes it and the values it
 * must reach.
 *
 * @param code a stable code such as {@code ONL-STU}
 * @param name the target's short name
 * @param planText the plan's own wording (Vietnamese)
 * @param metric how its value is computed
 * @param unitTypes the unit types it covers
 * @param schoolLevels for schools, the levels it covers
 * @param finalTarget the value due in the plan's final year, or {@code null}
 * @param horizonTarget the value due in the horizon year, or {@code null}
 * @param comparison how the value is held against the target; {@code null} means AT_LEAST
 * @param rules this target's status parameters, or {@code null} for the plan's
 * @param note what a reader should know (the data source, a simplification)
 */
public record PlanTarget(
    String code,
    LocalizedText name,
    String planText,
    Metric metric,
    Set<UnitType> unitTypes,
    Set<SchoolLevel> schoolLevels,
    BigDecimal finalTarget,
    BigDecimal horizonTarget,
    Comparison comparison,
    StatusRules rules,
    String note) {

  public PlanTarget {
    unitTypes = unitTypes == null ? Set.of() : PlanDefinition.withoutNulls(unitTypes);
    schoolLevels = schoolLevels == null ? Set.of() : PlanDefinition.withoutNulls(schoolLevels);
    comparison = comparison == null ? Comparison.AT_LEAST : comparison;
  }

  /** Whether the target concerns this unit: its type and, for a school, its level. */
  public boolean covers(OrgUnit unit) {
    return unitTypes.contains(unit.type())
        && (!unit.isSchool() || (unit.level() != null && schoolLevels.contains(unit.level())));
  }
}
