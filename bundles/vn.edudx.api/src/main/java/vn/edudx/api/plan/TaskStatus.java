package vn.edudx.api.plan;

import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;

/**
 * Where a task of the plan stands in a year. The first three are the answers a unit reports (the
 * allowed values of the task's indicator); {@link #NO_DATA} is the evaluation's own, so that a task
 * nobody reported is never shown as not started.
 */
public enum TaskStatus {
  /** Done. */
  DONE,
  /** Under way. */
  IN_PROGRESS,
  /** Not started. */
  NOT_STARTED,
  /** Nobody reported on the task for the year; the rule says why. */
  NO_DATA;

  /** The name people read (Đã hoàn thành, Đang thực hiện…), from the API's resource bundles. */
  public LocalizedText label() {
    return Messages.api().text("task.status." + name());
  }
}
