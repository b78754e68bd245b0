package vn.edudx.api;

/**
 * One thing wrong with something a person sent (a file, a row, a request, a definition): what is
 * wrong, where, and how to fix it, in both languages.
 *
 * @param code a stable machine-readable code such as {@code value.out-of-range}
 * @param field the field or column name as the sender wrote it, or {@code null}
 * @param row the 1-based row in the source, counting the header, or {@code null}
 * @param column the 1-based column in the source, or {@code null}
 * @param value the offending value exactly as given, or {@code null}
 * @param message what is wrong
 * @param hint how to fix it
 */
public record Problem(
    String code,
    String field,
    Integer row,
    Integer column,
    String value,
    LocalizedText message,
    LocalizedText hint) {

  /** A problem that concerns the whole input rather than one place in it. */
  public static Problem general(String code, LocalizedText message, LocalizedText hint) {
    return new Problem(code, null, null, null, null, message, hint);
  }
}
