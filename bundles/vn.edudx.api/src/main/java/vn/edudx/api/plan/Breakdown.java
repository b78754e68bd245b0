package vn.edudx.api.plan;

import vn.edudx.api.LocalizedText;

/**
 * A target's value for part of the town: a ward or commune, or a school level.
 *
 * @param key the ward's or commune's unit code, or the school level's name
 * @param label what people read
 */
public record Breakdown(String key, LocalizedText label, MetricValue value) {}
