package vn.edudx.api.plan;

import java.math.BigDecimal;
import vn.edudx.api.LocalizedText;

/**
 * A unit that pulls a target down, and by how much.
 *
 * @param unit the unit's code
 * @param name the unit's name
 * @param value the unit's own value (% or the answer as 0/100)
 * @param gap for RATIO the count missing against the target share of the unit's own denominator
 *     (learners, teachers, files); for AVERAGE the points below the target; for SHARE_OF_UNITS 1
 * @param explanation the gap in words
 */
public record Shortfall(
    String unit, String name, BigDecimal value, BigDecimal gap, LocalizedText explanation) {}
