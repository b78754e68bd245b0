package vn.edudx.api.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a target computes, naming indicators of the plan's indicator set.
 *
 * @param kind how the value is computed
 * @param indicator for AVERAGE, SHARE_OF_UNITS and VALUE: the indicator read
 * @param numerator for RATIO: the indicator summed above the line
 * @param denominator for RATIO: the indicator summed below the line
 * @param unit for VALUE: the unit whose value counts, or {@code null} when exactly one unit is
 *     covered
 */
public record Metric(
    MetricKind kind, String indicator, String numerator, String denominator, String unit) {

  /** The indicators the metric reads, numerator before denominator. */
  public List<String> indicators() {
    return kind == MetricKind.RATIO
        ? Stream.of(numerator, denominator).filter(Objects::nonNull).toList()
        : Stream.of(indicator).filter(Objects::nonNull).toList();
  }
}
