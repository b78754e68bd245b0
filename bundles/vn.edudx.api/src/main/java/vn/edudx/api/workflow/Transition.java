package vn.edudx.api.workflow;

import java.time.Instant;

/**
 * One entry of an assessment's audit history: who did what, when, and why. A value change names the
 * indicator and its old and new values.
 *
 * @param from the state before, {@code null} for the first entry
 * @param indicatorCode for {@link Action#EDIT_VALUE}, the indicator changed, else {@code null}
 */
public record Transition(
    long id,
    String unitCode,
    String period,
    String setId,
    Action action,
    AssessmentState from,
    AssessmentState to,
    String actor,
    Instant at,
    String reason,
    String indicatorCode,
    String oldValue,
    String newValue) {}
