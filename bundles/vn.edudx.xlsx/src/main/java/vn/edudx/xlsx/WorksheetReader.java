package vn.edudx.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import vn.edudx.xlsx.XlsxException.Reason;

/**
 * Reads one worksheet's {@code <sheetData>} into cell texts, taking cached formula results and
 * never evaluating anything. Only non-empty cells are stored, so memory follows the content, not
 * the extent of the sheet.
 */
final class WorksheetReader {

  /**
   * Numbers whose plain form would be longer than this many digits keep their stored text: no
   * double needs more, and "1E-999999999" must not become a billion zeros.
   */
  private static final int MAX_PLAIN_SCALE = 400;

  private final XmlPart xml;
  private final List<String> shared;
  private final Limits limits;
  private final String sheetName;
  private final List<RowCells> rows = new ArrayList<>();
  private final Map<Address, String> formulas = new HashMap<>();

  private WorksheetReader(XmlPart xml, String sheetName, List<String> shared, Limits limits) {
    this.xml = xml;
    this.sheetName = sheetName;
    this.shared = shared;
    this.limits = limits;
  }

  /** Reads the sheet named {@code name} from its part. */
  static Sheet read(String name, String part, byte[] bytes, List<String> shared, Limits limits)
      throws XlsxException {
    try (XmlPart xml = XmlPart.open(part, bytes)) {
      return new WorksheetReader(xml, name, shared, limits).read();
    }
  }

  private Sheet read() throws XlsxException {
    int row = -1;
    int col = -1;
    int cellRow = -1;
    String type = null;
    String value = null;
    String formula = null;
    StringBuilder inline = null;
    boolean phonetic = false;
    for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
      String name = xml.name();
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (name) {
          case "row" -> {
            String r = xml.attr("r");
            row = r == null ? row + 1 : Address.parseRow(r);
            if (row < 0) {
              throw xml.fail("invalid row number r=\"" + r + "\"");
            }
            col = -1;
          }
          case "c" -> {
            String r = xml.attr("r");
            if (r == null) {
              col++;
              cellRow = row;
            } else {
              Address address = Address.parse(r);
              if (address == null) {
                throw xml.fail("invalid cell reference r=\"" + r + "\"");
              }
              cellRow = address.row();
              col = address.col();
            }
            if (cellRow < 0) {
              throw xml.fail("a cell outside any row");
            }
            type = xml.attr("t");
            value = null;
            formula = null;
            inline = null;
          }
          case "v" -> value = xml.text();
          case "f" -> formula = xml.text();
          case "is" -> inline = new StringBuilder();
          case "rPh" -> phonetic = true;
          case "t" -> {
            String run = xml.text();
            if (inline != null && !phonetic) {
              inline.append(run);
            }
          }
          default -> {}
        }
      } else if (name.equals("rPh")) {
        phonetic = false;
      } else if (name.equals("c")) {
        Address at = Address.of(cellRow, col);
        String text = cellText(at, type, value, inline);
        if (!text.isEmpty()) {
          put(at, text);
        }
        if (formula != null) {
          formula(at, formula);
        }
      }
    }
    List<List<String>> result = new ArrayList<>(rows.size());
    for (RowCells cells : rows) {
      result.add(cells == null ? List.of() : cells.build());
    }
    return new Sheet(sheetName, result, formulas);
  }

  /** Records a formula cell, within the same limits as a value. */
  private void formula(Address at, String text) throws XlsxException {
    if (text.length() > limits.maxCellLength()) {
      throw tooLong(at);
    }
    withinLimits(at);
    formulas.put(at, text);
  }

  /** What Excel would show in the cell, without number formats. */
  private String cellText(Address at, String type, String value, StringBuilder inline)
      throws XlsxException {
    if (value != null && value.length() > limits.maxCellLength()) {
      throw tooLong(at);
    }
    String t = type == null ? "n" : type;
    if (t.equals("inlineStr")) {
      return OoxmlText.decode(inline != null ? inline.toString() : value == null ? "" : value);
    }
    if (value == null) {
      return ""; // includes a formula without a cached result: never evaluated
    }
    return switch (t) {
      case "s" -> sharedString(at, value);
      case "str" -> OoxmlText.decode(value);
      case "b" ->
          value.strip().equals("1") ? "TRUE" : value.strip().equals("0") ? "FALSE" : value.strip();
      case "n" -> number(value.strip());
      default -> value; // "e" (an error such as #DIV/0!), "d" (an ISO 8601 date) and the unknown
    };
  }

  private String sharedString(Address at, String value) throws XlsxException {
    int index;
    try {
      index = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      index = -1;
    }
    if (index < 0 || index >= shared.size()) {
      throw xml.fail(
          "cell "
              + at
              + " refers to shared string "
              + value.strip()
              + ", but the table has "
              + shared.size());
    }
    return shared.get(index);
  }

  /** Plain notation as Excel shows it in the formula bar: "1000" for 1.0E3, "12" for 12.0. */
  static String number(String stored) {
    try {
      BigDecimal n = new BigDecimal(stored).stripTrailingZeros();
      if (Math.abs((long) n.scale()) > MAX_PLAIN_SCALE) {
        return stored;
      }
      return n.signum() == 0 ? "0" : n.toPlainString();
    } catch (NumberFormatException e) {
      return stored;
    }
  }

  /** Refuses a cell beyond the sheet's row or column limit, naming it. */
  private void withinLimits(Address at) throws XlsxException {
    if (at.row() >= limits.maxRows()) {
      throw xml.fail(
          Reason.TOO_MANY_ROWS,
          "sheet '"
              + sheetName
              + "' has more than "
              + limits.maxRows()
              + " rows (cell "
              + at
              + ")");
    }
    if (at.col() >= limits.maxColumns()) {
      throw xml.fail(
          Reason.TOO_MANY_COLUMNS,
          "sheet '"
              + sheetName
              + "' has more than "
              + limits.maxColumns()
              + " columns (cell "
              + at
              + ")");
    }
  }

  private void put(Address at, String text) throws XlsxException {
    withinLimits(at);
    if (text.length() > limits.maxCellLength()) {
      throw tooLong(at);
    }
    while (rows.size() <= at.row()) {
      rows.add(null);
    }
    RowCells cells = rows.get(at.row());
    if (cells == null) {
      cells = new RowCells();
      rows.set(at.row(), cells);
    }
    cells.add(at.col(), text);
  }

  private XlsxException tooLong(Address at) {
    return xml.fail(
        Reason.CELL_TOO_LONG,
        "cell "
            + at
            + " of sheet '"
            + sheetName
            + "' has more than "
            + limits.maxCellLength()
            + " characters");
  }

  /** The non-empty cells of one row as they arrive, usually but not always in column order. */
  private static final class RowCells {
    private int[] cols = new int[8];
    private String[] values = new String[8];
    private int size;
    private boolean ordered = true;

    void add(int col, String value) {
      if (size == cols.length) {
        cols = Arrays.copyOf(cols, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      ordered &= size == 0 || cols[size - 1] < col;
      cols[size] = col;
      values[size] = value;
      size++;
    }

    SparseRow build() {
      if (!ordered) {
        sortKeepingLast();
      }
      return new SparseRow(Arrays.copyOf(cols, size), Arrays.copyOf(values, size));
    }

    /** Sorts by column; when a column repeats (a damaged file), the last value wins. */
    private void sortKeepingLast() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> cols[a] != cols[b] ? Integer.compare(cols[a], cols[b]) : a - b);
      int[] sortedCols = new int[size];
      String[] sortedValues = new String[size];
      int n = 0;
      for (Integer i : order) {
        if (n > 0 && sortedCols[n - 1] == cols[i]) {
          n--;
        }
        sortedCols[n] = cols[i];
        sortedValues[n] = values[i];
        n++;
      }
      cols = sortedCols;
      values = sortedValues;
      size = n;
    }
  }
}
