package vn.edudx.api.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The horizon year's value projected from the trend: least squares over the years with data,
 * clamped to 0–100.
 *
 * @param year the horizon year
 * @param value the projected value, or {@code null} when fewer than two years have data
 * @param slope the trend in points per year, or {@code null}
 * @param points the town's value for each year used
 * @param status the projection against the horizon target, with its rule
 */
public record Projection(
    int year, BigDecimal value, BigDecimal slope, Map<Integer, BigDecimal> points, Verdict status) {

  public Projection {
    points = points == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(points));
  }
}
