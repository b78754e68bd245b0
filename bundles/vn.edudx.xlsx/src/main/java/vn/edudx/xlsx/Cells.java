package vn.edudx.xlsx;

/**
 * Cell-text helpers for exporters, chiefly the defence against formula injection ("CSV injection"):
 * text such as {@code =HYPERLINK(...)} typed by one user must not run as a formula on another
 * user's computer.
 *
 * <p>In an .xlsx written by {@link XlsxWriter} such text is already harmless: it is written as an
 * inline string, which Excel and LibreOffice never treat as a formula, and (by default, see {@link
 * XlsxWriter#escapeFormulas(boolean)}) with Excel's "quote prefix" style so that it stays text even
 * when someone edits the cell. A CSV file has no such distinction, so CSV exporters must pass every
 * text value through {@link #safeText(String)}.
 */
public final class Cells {

  private Cells() {}

  /**
   * Makes a text value safe for a CSV file: a value starting with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return gets a leading apostrophe, which spreadsheet programs
   * show as text and do not evaluate. Other values are returned unchanged.
   *
   * <p>Pass text only: numbers exported as text would turn "-3" into "'-3". A null value gives "".
   */
  public static String safeText(String value) {
    if (value == null) {
      return "";
    }
    return isFormulaLike(value) ? "'" + value : value;
  }

  /** Whether a spreadsheet program would take this text, typed into a cell, as a formula. */
  static boolean isFormulaLike(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
