package vn.edudx.api.plan;

import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * One task of the plan in one year: its status over the units that report it, the rule that decided
 * it, whether it is overdue, and what each unit reported with its evidence.
 *
 * @param code the task's code
 * @param section where the plan states it, e.g. {@code III.1.b}
 * @param name the task's name
 * @param status the task's status for the town
 * @param rule the rule that decided the status, in words, with the counts filled in
 * @param dueYear the year the task is due (the plan's final year unless the task says otherwise)
 * @param overdue whether the year is the due year or later and the task is not done
 * @param reports one per covered unit, reporting or not, in the register's order
 * @param inputs the observations read, with their provenance
 */
public record TaskEvaluation(
    String code,
    String section,
    LocalizedText name,
    TaskStatus status,
    LocalizedText rule,
    int dueYear,
    boolean overdue,
    List<TaskReport> reports,
    List<PlanInput> inputs) {

  public TaskEvaluation {
    reports = reports == null ? List.of() : List.copyOf(reports);
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
  }
}
