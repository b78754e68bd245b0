package vn.edudx.api.collect;

/**
 * A value as it appeared in the source, with its place, so that a problem can point to it.
 *
 * @param text the text as given (never {@code null}; empty when the cell was empty)
 * @param column the 1-based column, or 0 when the source has no columns
 * @param header the column header as written in the source, or the field name
 */
public record Cell(String text, int column, String header) {

  public Cell {
    text = text == null ? "" : text;
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
