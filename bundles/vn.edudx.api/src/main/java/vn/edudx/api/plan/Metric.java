package vn.edudx.api.plan;

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
  public java.util.List<String> indicators() {
    return kind == MetricKind.RATIO
        ? java.util.stream.Stream.of(numerator, denominator)
            .filter(java.util.Objects::nonNull)
            .toList()
        : java.util.stream.Stream.of(indicator).filter(java.util.Objects::nonNull).toList();
  }
}
