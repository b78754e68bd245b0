package vn.edudx.api.plan;

import java.util.List;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitType;

/**
 * One task of the plan's "tasks and solutions" (nhiệm vụ, giải pháp) that is tracked as done, in
 * progress or not started: the units it concerns report it as a choice indicator, with evidence.
 *
 * @param code a stable code such as {@code FIBRE}, distinct from the targets' codes
 * @param section where the plan states it, e.g. {@code III.1.b}
 * @param name the task's short name
 * @param planText the plan's own wording (Vietnamese)
 * @param indicator the indicator the units answer with {@code DONE}, {@code IN_PROGRESS} or {@code
 *     NOT_STARTED}
 * @param unitTypes the unit types that report it; {@code null} means the education office ({@link
 *     UnitType#OFFICE})
 * @param dueYear the year it must be done by; {@code null} means the plan's final year
 * @param relatedTargets codes of the plan's targets whose status the report shows beside the task
 */
public record PlanTask(
    String code,
    String section,
    LocalizedText name,
    String planText,
    String indicator,
    Set<UnitType> unitTypes,
    Integer dueYear,
    List<String> relatedTargets) {

  public PlanTask {
    unitTypes =
        unitTypes == null ? Set.of(UnitType.OFFICE) : PlanDefinition.withoutNulls(unitTypes);
    relatedTargets = relatedTargets == null ? List.of() : List.copyOf(relatedTargets);
  }

  /** Whether the task concerns this unit: its type. */
  public boolean covers(OrgUnit unit) {
    return unitTypes.contains(unit.type());
  }
}
