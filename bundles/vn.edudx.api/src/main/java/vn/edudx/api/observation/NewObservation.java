package vn.edudx.api.observation;

/**
 * A validated value ready to be stored, in canonical form ({@code true}/{@code false} for yes/no, a
 * plain decimal with a point for numbers).
 *
 * @param row the row of the source it came from, or {@code null}
 */
public record NewObservation(
    String unitCode,
    String period,
    String indicatorCode,
    String value,
    String evidence,
    String note,
    Integer row) {}
