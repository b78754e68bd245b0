package vn.edudx.api.plan;

import java.math.BigDecimal;
import vn.edudx.api.LocalizedText;

/**
 * A status with the rule that decided it and the numbers it used.
 *
 * @param status the status
 * @param rule the rule, in words, with the numbers filled in
 * @param value the value held against the rule, or {@code null} without data
 * @param target the target due
 * @param expected the value expected on the trajectory
 * @param tolerance the on-track tolerance used, in points
 * @param band the at-risk band used, in points
 */
public record Verdict(
    PlanStatus status,
    LocalizedText rule,
    BigDecimal value,
    BigDecimal target,
    BigDecimal expected,
    BigDecimal tolerance,
    BigDecimal band) {}
