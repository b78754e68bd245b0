package vn.edudx.api.plan;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * One target in one year: its value for the town and its parts, the trajectory, the status with its
 * rule, who pulls it down, and every input used.
 *
 * @param code the target's code
 * @param name the target's name
 * @param kind the metric's kind
 * @param finalTarget the plan's final-year target, or {@code null}
 * @param horizonTarget the horizon-year target, or {@code null}
 * @param town the value over every covered unit
 * @param byArea the value per ward or commune, by unit code
 * @param byLevel the value per school level
 * @param baseline the value in the baseline year
 * @param trajectory the line from the baseline to the target due, or {@code null} when the year has
 *     no target due
 * @param status the status and the rule that decided it
 * @param pullingDown up to five units with the largest shortfall, largest first
 * @param coverage how many covered units reported
 * @param projection in the final year and after, the horizon projection; otherwise {@code null}
 * @param inputs the values of this year and the baseline year that the figures used
 */
public record TargetEvaluation(
    String code,
    LocalizedText name,
    MetricKind kind,
    BigDecimal finalTarget,
    BigDecimal horizonTarget,
    MetricValue town,
    List<Breakdown> byArea,
    List<Breakdown> byLevel,
    MetricValue baseline,
    Trajectory trajectory,
    Verdict status,
    List<Shortfall> pullingDown,
    Coverage coverage,
    Projection projection,
    List<PlanInput> inputs) {

  public TargetEvaluation {
    byArea = byArea == null ? List.of() : List.copyOf(byArea);
    byLevel = byLevel == null ? List.of() : List.copyOf(byLevel);
    pullingDown = pullingDown == null ? List.of() : List.copyOf(pullingDown);
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
  }
}
