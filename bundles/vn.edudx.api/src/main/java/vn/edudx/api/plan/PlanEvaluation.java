package vn.edudx.api.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plan evaluated for one calendar year: every target's figures and status, and every task's
 * status with what the units reported.
 *
 * @param plan the plan's key, {@code id@version}
 * @param year the evaluated calendar year
 * @param finalYear whether the year is the plan's final year or later (projections are given)
 * @param targets one evaluation per target, in the definition's order
 * @param summary how many targets have each status
 * @param tasks one evaluation per task, in the definition's order
 * @param taskSummary how many tasks have each status
 */
public record PlanEvaluation(
    String plan,
    int year,
    boolean finalYear,
    List<TargetEvaluation> targets,
    Map<PlanStatus, Integer> summary,
    List<TaskEvaluation> tasks,
    Map<TaskStatus, Integer> taskSummary) {

  public PlanEvaluation {
    targets = targets == null ? List.of() : List.copyOf(targets);
    EnumMap<PlanStatus, Integer> ordered = new EnumMap<>(PlanStatus.class);
    if (summary != null) {
      ordered.putAll(summary);
    }
    summary = Collections.unmodifiableMap(ordered);
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    EnumMap<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
    if (taskSummary != null) {
      byStatus.putAll(taskSummary);
    }
    taskSummary = Collections.unmodifiableMap(byStatus);
  }
}
