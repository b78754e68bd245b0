package vn.edudx.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The content and options of one sheet being written, checked as they are added so that a mistake
 * is reported where the caller made it rather than as a file Excel refuses to open.
 *
 * <p>Rows and columns are 0-based sheet positions; when a {@link #header(List)} is set it is always
 * row 0 and the first {@link #row(List)} is row 1.
 */
public final class SheetBuilder {

  /** Excel's limits, which a written file must respect to open at all. */
  static final int MAX_ROWS = 1_048_576;

  static final int MAX_COLUMNS = 16_384;
  static final int MAX_CELL_LENGTH = 32_767;
  private static final int MAX_LIST_LENGTH = 255;

  private static final int STYLE_BOLD = 1;
  private static final int STYLE_QUOTE_PREFIX = 2;

  private final String name;
  private List<Object> header;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<Boolean> boldRows = new ArrayList<>();
  private int[] widths = {};
  private int frozenRows;
  private boolean hidden;
  private final List<Validation> validations = new ArrayList<>();

  /**
   * A data validation: the cells it applies to ("C2:C50"), its type and operator as Excel names
   * them, and its one or two formulas (a quoted list, or the bounds of a number).
   */
  private record Validation(
      String range, String type, String operator, String formula1, String formula2) {}

  SheetBuilder(String name) {
    this.name = name;
  }

  /** The sheet's name, as given to {@link XlsxWriter#sheet(String)}. */
  String name() {
    return name;
  }

  /**
   * Sets the column titles, written in bold as row 0, so that templates and exports explain
   * themselves; setting it again replaces it.
   */
  public SheetBuilder header(List<String> titles) {
    this.header = checkRow(new ArrayList<>(titles), 0);
    return this;
  }

  /**
   * Adds a row below the previous ones. Values may be String (written as text, never as a formula),
   * any Number (a numeric cell; NaN and infinities are refused), Boolean, or null (an empty cell).
   *
   * @throws IllegalArgumentException for another type, a text longer than Excel's 32,767
   *     characters, more than 16,384 values or more than 1,048,576 rows
   */
  public SheetBuilder row(List<?> values) {
    if (firstDataRow() + rows.size() >= MAX_ROWS) {
      throw new IllegalArgumentException(
          "sheet '" + name + "' cannot have more than " + MAX_ROWS + " rows");
    }
    rows.add(checkRow(new ArrayList<>(values), firstDataRow() + rows.size()));
    boldRows.add(false);
    return this;
  }

  /**
   * Adds a row like {@link #row(List)}, written in bold: a title, or the column titles of a table
   * that starts below a heading block.
   */
  public SheetBuilder boldRow(List<?> values) {
    row(values);
    boldRows.set(boldRows.size() - 1, true);
    return this;
  }

  /** How many rows the sheet has so far, the header included: the 0-based row of the next one. */
  public int rowCount() {
    return firstDataRow() + rows.size();
  }

  /**
   * Sets column widths in characters, from column A on, so that exports are readable without
   * resizing; 0 keeps the default width.
   */
  public SheetBuilder columnWidths(int... widths) {
    if (widths.length > MAX_COLUMNS) {
      throw new IllegalArgumentException("at most " + MAX_COLUMNS + " column widths");
    }
    for (int width : widths) {
      if (width < 0 || width > 255) {
        throw new IllegalArgumentException("a column width must be 0 to 255 characters: " + width);
      }
    }
    this.widths = widths.clone();
    return this;
  }

  /** Keeps row 0 (the header) visible while scrolling, as users expect of a template. */
  public SheetBuilder freezeHeader() {
    return freezeRows(1);
  }

  /**
   * Keeps the top {@code count} rows visible while scrolling: a heading block and the column titles
   * of a template whose table does not start on row 0. 0 freezes nothing.
   */
  public SheetBuilder freezeRows(int count) {
    if (count < 0 || count >= MAX_ROWS) {
      throw new IllegalArgumentException("cannot freeze " + count + " rows");
    }
    this.frozenRows = count;
    return this;
  }

  /**
   * Hides the sheet's tab, for data a program reads back (a template's identity) and people need
   * not see. It is not a protection: anyone can unhide it. The first sheet cannot be hidden.
   */
  public SheetBuilder hidden() {
    this.hidden = true;
    return this;
  }

  /** Whether {@link #hidden()} was called. */
  boolean isHidden() {
    return hidden;
  }

  /**
   * Offers a drop-down of allowed values in a column, so that staff filling a template cannot type
   * a value the importer will reject.
   *
   * @param col the 0-based column
   * @param firstRow the first 0-based sheet row (1 to skip a header)
   * @param lastRow the last 0-based sheet row, inclusive
   * @param allowed the values, in drop-down order
   * @throws IllegalArgumentException when a value is empty or contains a comma, a double quote or a
   *     control character, or when the values joined with commas exceed Excel's 255 characters (put
   *     long lists on a sheet of their own instead)
   */
  public SheetBuilder listValidation(int col, int firstRow, int lastRow, List<String> allowed) {
    range(col, firstRow, lastRow);
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("a list validation needs at least one allowed value");
    }
    for (String value : allowed) {
      if (value == null
          || value.isEmpty()
          || value.chars().anyMatch(c -> c == ',' || c == '"' || c < 0x20)) {
        throw new IllegalArgumentException(
            "a list validation value must be non-empty, without commas, double quotes or control"
                + " characters: \""
                + value
                + "\"");
      }
    }
    String joined = String.join(",", allowed);
    if (joined.length() > MAX_LIST_LENGTH) {
      throw new IllegalArgumentException(
          "the allowed values joined with commas are "
              + joined.length()
              + " characters long; Excel accepts at most "
              + MAX_LIST_LENGTH
              + " in a list validation");
    }
    validations.add(
        new Validation(range(col, firstRow, lastRow), "list", null, "\"" + joined + "\"", null));
    return this;
  }

  /**
   * Accepts only numbers between {@code min} and {@code max} (inclusive) in a column, so that a
   * percentage of 130 is refused as it is typed. Either bound may be null, not both.
   *
   * @throws IllegalArgumentException for an invalid range of cells, no bound, or {@code min > max}
   */
  public SheetBuilder decimalValidation(
      int col, int firstRow, int lastRow, BigDecimal min, BigDecimal max) {
    String range = range(col, firstRow, lastRow);
    if (min == null && max == null) {
      throw new IllegalArgumentException("a decimal validation needs a minimum or a maximum");
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException("minimum " + min + " is above maximum " + max);
    }
    String operator =
        min != null && max != null
            ? "between"
            : min != null ? "greaterThanOrEqual" : "lessThanOrEqual";
    String first = plain(min != null ? min : max);
    String second = min != null && max != null ? plain(max) : null;
    validations.add(new Validation(range, "decimal", operator, first, second));
    return this;
  }

  private static String range(int col, int firstRow, int lastRow) {
    if (col < 0
        || col >= MAX_COLUMNS
        || firstRow < 0
        || lastRow < firstRow
        || lastRow >= MAX_ROWS) {
      throw new IllegalArgumentException(
          "invalid range for a validation: column "
              + col
              + ", rows "
              + firstRow
              + " to "
              + lastRow);
    }
    return Address.of(firstRow, col) + ":" + Address.of(lastRow, col);
  }

  private int firstDataRow() {
    return header == null ? 0 : 1;
  }

  private List<Object> checkRow(List<Object> values, int row) {
    if (values.size() > MAX_COLUMNS) {
      throw new IllegalArgumentException(
          "row " + (row + 1) + " of sheet '" + name + "' has more than " + MAX_COLUMNS + " values");
    }
    for (int col = 0; col < values.size(); col++) {
      Object value = values.get(col);
      if (value instanceof String s && s.length() > MAX_CELL_LENGTH) {
        throw new IllegalArgumentException(
            "cell " + Address.of(row, col) + " has more than " + MAX_CELL_LENGTH + " characters");
      } else if (value instanceof Number n) {
        values.set(col, numberText(n, Address.of(row, col)));
      } else if (value != null && !(value instanceof String) && !(value instanceof Boolean)) {
        throw new IllegalArgumentException(
            "cell "
                + Address.of(row, col)
                + ": cannot write a "
                + value.getClass().getName()
                + "; use String, Number, Boolean or null");
      }
    }
    return Collections.unmodifiableList(values);
  }

  /** A number as the text of a {@code <v>} element; kept as a BigDecimal until written. */
  private static BigDecimal numberText(Number n, Address at) {
    if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
      throw new IllegalArgumentException("cell " + at + ": " + n + " cannot be written");
    }
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    try {
      return new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("cell " + at + ": " + n + " cannot be written", e);
      }
      return new BigDecimal(Double.toString(d));
    }
  }

  /** Writes the worksheet part; elements in the order the schema demands, or Excel repairs it. */
  void write(XmlOut out, boolean escapeFormulas) throws IOException {
    out.raw(XmlOut.DECLARATION)
        .raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        .raw(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    out.raw("<sheetViews><sheetView workbookViewId=\"0\">");
    if (frozenRows > 0) {
      String topLeft = Address.of(frozenRows, 0).toString();
      out.raw("<pane ySplit=\"").raw(frozenRows).raw("\" topLeftCell=\"").raw(topLeft);
      out.raw("\" activePane=\"bottomLeft\" state=\"frozen\"/>");
      out.raw("<selection pane=\"bottomLeft\" activeCell=\"").raw(topLeft);
      out.raw("\" sqref=\"").raw(topLeft).raw("\"/>");
    }
    out.raw("</sheetView></sheetViews>");
    writeColumns(out);
    out.raw("<sheetData>");
    if (header != null) {
      writeRow(out, 0, header, STYLE_BOLD, escapeFormulas);
    }
    for (int i = 0; i < rows.size(); i++) {
      writeRow(
          out, firstDataRow() + i, rows.get(i), boldRows.get(i) ? STYLE_BOLD : 0, escapeFormulas);
    }
    out.raw("</sheetData>");
    if (!validations.isEmpty()) {
      out.raw("<dataValidations count=\"").raw(validations.size()).raw("\">");
      for (Validation validation : validations) {
        out.raw("<dataValidation type=\"").raw(validation.type()).raw("\"");
        if (validation.operator() != null) {
          out.raw(" operator=\"").raw(validation.operator()).raw("\"");
        }
        out.raw(" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"").raw(validation.range());
        out.raw("\"><formula1>").text(validation.formula1()).raw("</formula1>");
        if (validation.formula2() != null) {
          out.raw("<formula2>").text(validation.formula2()).raw("</formula2>");
        }
        out.raw("</dataValidation>");
      }
      out.raw("</dataValidations>");
    }
    out.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\"")
        .raw(" header=\"0.3\" footer=\"0.3\"/></worksheet>");
  }

  private void writeColumns(XmlOut out) throws IOException {
    if (Arrays.stream(widths).allMatch(w -> w == 0)) {
      return;
    }
    out.raw("<cols>");
    for (int i = 0; i < widths.length; i++) {
      if (widths[i] > 0) {
        out.raw("<col min=\"").raw(i + 1).raw("\" max=\"").raw(i + 1).raw("\" width=\"");
        out.raw(widths[i]).raw("\" customWidth=\"1\"/>");
      }
    }
    out.raw("</cols>");
  }

  private static void writeRow(
      XmlOut out, int row, List<Object> values, int style, boolean escapeFormulas)
      throws IOException {
    if (values.stream().allMatch(v -> v == null || "".equals(v))) {
      return;
    }
    out.raw("<row r=\"").raw(row + 1).raw("\">");
    for (int col = 0; col < values.size(); col++) {
      Object value = values.get(col);
      if (value == null || "".equals(value)) {
        continue;
      }
      out.raw("<c r=\"").raw(Address.of(row, col).toString()).raw("\"");
      if (value instanceof String s) {
        int cellStyle = style + (escapeFormulas && Cells.isFormulaLike(s) ? STYLE_QUOTE_PREFIX : 0);
        if (cellStyle != 0) {
          out.raw(" s=\"").raw(cellStyle).raw("\"");
        }
        String text = OoxmlText.encode(s);
        boolean preserve =
            !text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ');
        out.raw(" t=\"inlineStr\"><is><t").raw(preserve ? " xml:space=\"preserve\">" : ">");
        out.text(text).raw("</t></is></c>");
      } else if (value instanceof Boolean b) {
        out.raw(" t=\"b\"><v>").raw(b ? "1" : "0").raw("</v></c>");
      } else {
        out.raw("><v>").raw(plain((BigDecimal) value)).raw("</v></c>");
      }
    }
    out.raw("</row>");
  }

  /** Plain digits where readable, exponent form only for very large or small magnitudes. */
  private static String plain(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return "0";
    }
    return Math.abs((long) stripped.scale()) <= 30 ? stripped.toPlainString() : stripped.toString();
  }
}
