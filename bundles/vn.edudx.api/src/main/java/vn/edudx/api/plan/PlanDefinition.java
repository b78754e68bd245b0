package vn.edudx.api.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edudx.api.LocalizedText;

/**
 * A legal plan's measurable targets, declared and versioned like an indicator set: another town's
 * plan is another file.
 *
 * @param id a stable identifier such as {@code ngan-nam-plan-2023}
 * @param version the version; a version once used for a published evaluation never changes
 * @param title the plan's title
 * @param legalBasis the legal text the plan is
 * @param indicatorSet the id of the indicator set whose indicators the metrics read
 * @param baselineYear the calendar year the trajectories start from
 * @param finalYear the plan's final year (its targets are due then)
 * @param horizonYear the year of the long-term targets
 * @param rules the status parameters; {@code null} means {@link StatusRules#DEFAULT}
 * @param targets the measurable targets
 * @param untracked targets that are not computed, with why
 * @param tasks the tasks of the plan tracked as done, in progress or not started
 * @param note what the office should know about the definition
 */
public record PlanDefinition(
    String id,
    int version,
    LocalizedText title,
    String legalBasis,
    String indicatorSet,
    int baselineYear,
    int finalYear,
    int horizonYear,
    StatusRules rules,
    List<PlanTarget> targets,
    List<UntrackedTarget> untracked,
    List<PlanTask> tasks,
    String note) {

  public PlanDefinition {
    rules = rules == null ? StatusRules.DEFAULT : rules.orElse(StatusRules.DEFAULT);
    targets = targets == null ? List.of() : List.copyOf(targets);
    untracked = untracked == null ? List.of() : List.copyOf(untracked);
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
  }

  /** The plan's id and version, e.g. {@code ngan-nam-plan-2023@1}. */
  public String key() {
    return id + "@" + version;
  }

  public Optional<PlanTarget> target(String code) {
    return targets.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<PlanTask> task(String code) {
    return tasks.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** The year a task is due: its own, or the plan's final year. */
  public int dueYearOf(PlanTask task) {
    return task.dueYear() == null ? finalYear : task.dueYear();
  }

  /** The rules that apply to a target: its own parameters, the plan's for the others. */
  public StatusRules rulesOf(PlanTarget target) {
    return target.rules() == null ? rules : target.rules().orElse(rules);
  }

  /** Enum values in declaration order without nulls, so that the same file gives the same JSON. */
  static <E extends Enum<E>> Set<E> withoutNulls(Set<E> values) {
    List<E> present = values.stream().filter(v -> v != null).toList();
    return present.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(present));
  }
}
