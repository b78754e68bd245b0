package vn.edudx.api.plan;

import java.util.List;

/**
 * What one unit reported on a task in a year, or that it reported nothing.
 *
 * @param unit the unit's code
 * @param unitName the unit's name
 * @param status the unit's answer, or {@link TaskStatus#NO_DATA} when it did not report
 * @param evidence the links or document numbers the unit gave, in its order (the observation's
 *     evidence split on spaces, semicolons and line breaks)
 * @param note the unit's note, or {@code null}
 */
public record TaskReport(
    String unit, String unitName, TaskStatus status, List<String> evidence, String note) {

  public TaskReport {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
