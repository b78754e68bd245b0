package vn.edudx.api;

/**
 * A part of EduDX that can say whether it works (the database, the Camel context, the rule base),
 * collected by {@code GET /api/v1/health} and the operator's shell.
 */
public interface HealthIndicator {

  /** A short stable name such as {@code database}. */
  String name();

  /** The current state; must be cheap and must not throw. */
  Health check();
}
