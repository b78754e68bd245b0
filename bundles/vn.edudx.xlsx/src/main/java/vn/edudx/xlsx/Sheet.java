package vn.edudx.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sheet's cell values as text, so that importers can treat every workbook alike without knowing
 * about shared strings, cell types or styles.
 *
 * <p>Values are what Excel shows without formatting: text as is, numbers in plain notation ("12",
 * "0.5", "1000", never "1.0E3"), booleans as "TRUE"/"FALSE", errors as "#DIV/0!" etc., the cached
 * result of a formula. Dates stay serial numbers ("45292" for 2024-01-01), since only the cell's
 * style says a number is a date. Empty and missing cells are "". Rows read from a file end at their
 * last non-empty cell and the sheet at its last non-empty row.
 *
 * <p>Formulas are never evaluated, but the cells that hold one are known ({@link #formulas()}), so
 * that an importer can refuse a formula whose result the file does not carry instead of taking its
 * "" for an empty cell.
 *
 * @param name the sheet's name as shown on its tab
 * @param rows the rows, 0-based; each row a list of cell texts, 0-based by column
 * @param formulas the cells that hold a formula, with its text as written in the file ("" for the
 *     later cells of a shared formula); their values in {@code rows} are the cached results
 */
public record Sheet(String name, List<List<String>> rows, Map<Address, String> formulas) {

  /** A sheet without formulas, as most tests and writers build one. */
  public Sheet(String name, List<List<String>> rows) {
    this(name, rows, Map.of());
  }

  /** Copies the rows so that a sheet never changes; a null cell becomes "". */
  public Sheet {
    Objects.requireNonNull(name, "name");
    formulas = formulas == null ? Map.of() : Map.copyOf(formulas);
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      copy.add(row instanceof SparseRow ? row : immutableRow(row));
    }
    rows = List.copyOf(copy);
  }

  private static List<String> immutableRow(List<String> row) {
    List<String> cells = new ArrayList<>(row.size());
    for (String cell : row) {
      cells.add(cell == null ? "" : cell);
    }
    return List.copyOf(cells);
  }

  /**
   * The text of a cell, "" beyond the last row or column, so that callers need no bounds checks
   * when a template's optional columns were left empty.
   */
  public String cell(int row, int col) {
    if (row < 0 || col < 0) {
      throw new IndexOutOfBoundsException("row and column must be >= 0: " + row + ", " + col);
    }
    if (row >= rows.size()) {
      return "";
    }
    List<String> cells = rows.get(row);
    return col < cells.size() ? cells.get(col) : "";
  }

  /** Whether the cell holds a formula, whatever its cached result (possibly none: ""). */
  public boolean isFormula(int row, int col) {
    return row >= 0 && col >= 0 && formulas.containsKey(Address.of(row, col));
  }

  /** How many rows there are, up to the last one with content; the loop bound for importers. */
  public int rowCount() {
    return rows.size();
  }
}
