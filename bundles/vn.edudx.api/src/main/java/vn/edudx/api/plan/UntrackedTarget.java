package vn.edudx.api.plan;

import vn.edudx.api.LocalizedText;

/**
 * A target of the plan that no indicator computes on its own, kept in the definition so that the
 * report can say how it is followed instead of leaving it out silently.
 *
 * @param code the target's code
 * @param name its short name
 * @param planText the plan's wording
 * @param reason why it is not computed and how it is followed
 */
public record UntrackedTarget(
    String code, LocalizedText name, String planText, LocalizedText reason) {}
