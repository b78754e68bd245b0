package vn.edudx.api.plan;

import java.math.BigDecimal;

/**
 * The straight line from the baseline to the target that is due, and where it stands this year.
 *
 * @param fromYear the baseline year
 * @param fromValue the baseline value; without one, the line is flat at the target
 * @param toYear the year the target is due
 * @param toValue the target
 * @param year the evaluated year
 * @param expected the value expected on the line this year (2 decimals)
 */
public record Trajectory(
    int fromYear,
    BigDecimal fromValue,
    int toYear,
    BigDecimal toValue,
    int year,
    BigDecimal expected) {}
