package vn.edudx.api.plan;

/** Evaluates a plan's targets for a calendar year from the stored observations. */
public interface PlanEvaluator {

  /**
   * Evaluates every target of the plan for the year.
   *
   * @param planId the plan's id (its newest version is used)
   * @param year a calendar year
   * @throws vn.edudx.api.EduDxException of kind NOT_FOUND for an unknown plan, INVALID for a year
   *     outside 1990–2100
   */
  PlanEvaluation evaluate(String planId, int year);
}
