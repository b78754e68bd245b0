package vn.edudx.collect.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.xlsx.Address;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.Workbook;
import vn.edudx.xlsx.XlsxException;
import vn.edudx.xlsx.XlsxReader;

/**
 * Reads an XLSX workbook of observations in one of two layouts: the self-assessment template
 * ({@link SelfAssessmentTemplate}; the school and period in its hidden sheet, one row per
 * indicator, an empty value meaning "not answered"), or a plain sheet with the CSV's columns, one
 * value per row, as an office exports it from Excel. Row numbers are the sheet's, and every cell is
 * named ("Giá trị, Tự đánh giá!F12") so that a problem points where Excel shows it.
 *
 * <p>A formula's saved result is taken as the value, as Excel shows it; a formula without a saved
 * result (a file written by a program and never opened in Excel) is a problem at its cell, never an
 * empty value.
 */
final class XlsxObservationParser {

  /**
   * Far above any real workbook of values (a whole town's year is a few MB), far below what would
   * hurt the server; the file itself is already bounded by the collector or the upload (50 MB).
   */
  static final Limits LIMITS =
      new Limits(100, 40L * 1024 * 1024, 80L * 1024 * 1024, 100_000, 1_000, 32_767);

  /** How far down the header row is looked for, below a heading block. */
  private static final int HEADER_SEARCH_ROWS = 30;

  private static final Messages MESSAGES = IngestPipeline.MESSAGES;

  IncomingBatch parse(
      BatchHeader header, byte[] content, boolean acceptValidRows, IntConsumer rowsRead) {
    List<Problem> problems = new ArrayList<>();
    List<IncomingRow> rows = new ArrayList<>();
    Workbook book;
    try {
      book = XlsxReader.read(new ByteArrayInputStream(content), LIMITS);
    } catch (XlsxException e) {
      String key = "xlsx." + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
      problems.add(
          MESSAGES.problem(
              key, e.part().isEmpty() ? null : e.part(), null, null, null, header.origin()));
      return new IncomingBatch(header, rows, problems, acceptValidRows);
    }
    Optional<Sheet> meta = book.sheet(SelfAssessmentTemplate.META_SHEET);
    if (meta.isPresent()) {
      template(meta.get(), book, rows, problems, rowsRead);
    } else {
      longLayout(book, rows, problems, rowsRead);
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(
          MESSAGES.problem(
              meta.isPresent() ? "xlsx.no-answers" : "file.no-rows",
              null,
              null,
              null,
              null,
              header.origin()));
    }
    return new IncomingBatch(header, rows, problems, acceptValidRows);
  }

  /** The template: unit and period from the hidden sheet, empty values skipped. */
  private static void template(
      Sheet meta, Workbook book, List<IncomingRow> rows, List<Problem> problems, IntConsumer read) {
    Map<String, Integer> keys = new HashMap<>();
    for (int r = 0; r < meta.rowCount(); r++) {
      keys.putIfAbsent(Texts.key(meta.cell(r, 0)), r);
    }
    Integer sheetRow = keys.get(Texts.key(SelfAssessmentTemplate.KEY_SHEET));
    String name =
        sheetRow == null || meta.cell(sheetRow, 1).isBlank()
            ? SelfAssessmentTemplate.SHEET
            : meta.cell(sheetRow, 1);
    Optional<Sheet> data = book.sheet(name);
    if (data.isEmpty()) {
      problems.add(MESSAGES.problem("xlsx.template.sheet", name, null, null, null, name));
      return;
    }
    Sheet sheet = data.get();
    Table table = table(sheet, List.of(Column.INDICATOR, Column.VALUE), problems);
    if (table == null) {
      return;
    }
    // An office's workbook names the unit on every row; a school's names it once, hidden.
    boolean unitPerRow = table.columns().containsKey(Column.UNIT);
    Cell unit =
        unitPerRow
            ? null
            : metaCell(meta, keys, SelfAssessmentTemplate.KEY_UNIT, Column.UNIT, problems);
    Cell period = metaCell(meta, keys, SelfAssessmentTemplate.KEY_PERIOD, Column.PERIOD, problems);
    if (!problems.isEmpty()) {
      return;
    }
    for (int r = table.headerRow() + 1; r < sheet.rowCount(); r++) {
      Cell value = table.cell(sheet, r, Column.VALUE);
      if (value.isBlank() && !formulaWithoutResult(sheet, r, table.at(Column.VALUE))) {
        continue; // not answered (yet): the template lists every indicator
      }
      if (!formulasHaveResults(sheet, r, table, problems)) {
        continue;
      }
      rows.add(
          new IncomingRow(
              r + 1,
              unitPerRow ? table.cell(sheet, r, Column.UNIT) : unit,
              period,
              table.cell(sheet, r, Column.INDICATOR),
              value,
              table.cell(sheet, r, Column.EVIDENCE),
              table.cell(sheet, r, Column.NOTE)));
      progress(rows, read);
    }
  }

  /** A sheet with the CSV's columns: the first sheet that has them; a blank row is skipped. */
  private static void longLayout(
      Workbook book, List<IncomingRow> rows, List<Problem> problems, IntConsumer read) {
    List<Column> required = List.of(Column.UNIT, Column.PERIOD, Column.INDICATOR, Column.VALUE);
    Sheet found = null;
    for (Sheet s : book.sheets()) {
      if (headerRow(s, required) >= 0) {
        found = s;
        break;
      }
    }
    if (found == null) {
      Sheet first = book.sheets().isEmpty() ? new Sheet("", List.of()) : book.sheets().get(0);
      problems.add(
          MESSAGES.problem(
              "xlsx.header.missing",
              first.name(),
              null,
              null,
              null,
              first.name(),
              String.join(", ", required.stream().map(Column::display).toList())));
      return;
    }
    Sheet sheet = found;
    Table table = table(sheet, required, problems);
    for (int r = table.headerRow() + 1; r < sheet.rowCount(); r++) {
      int row = r;
      boolean blank =
          table.columns().values().stream()
              .allMatch(c -> sheet.cell(row, c).isBlank() && !sheet.isFormula(row, c));
      if (blank || !formulasHaveResults(sheet, r, table, problems)) {
        continue;
      }
      rows.add(
          new IncomingRow(
              r + 1,
              table.cell(sheet, r, Column.UNIT),
              table.cell(sheet, r, Column.PERIOD),
              table.cell(sheet, r, Column.INDICATOR),
              table.cell(sheet, r, Column.VALUE),
              table.cell(sheet, r, Column.EVIDENCE),
              table.cell(sheet, r, Column.NOTE)));
      progress(rows, read);
    }
  }

  private static void progress(List<IncomingRow> rows, IntConsumer read) {
    if (rows.size() % IngestService.PROGRESS_STEP == 0) {
      read.accept(rows.size());
    }
  }

  /** The value of a key of the hidden sheet, named by its cell ("Mã đơn vị, _edudx!B4"). */
  private static Cell metaCell(
      Sheet meta, Map<String, Integer> keys, String key, Column column, List<Problem> problems) {
    Integer r = keys.get(Texts.key(key));
    if (r == null || meta.cell(r, 1).isBlank()) {
      problems.add(
          MESSAGES.problem("xlsx.template.meta", meta.name(), null, null, null, key, meta.name()));
      return new Cell("", 0, column.display());
    }
    return new Cell(
        Texts.clean(meta.cell(r, 1)),
        0,
        column.display() + ", " + meta.name() + "!" + Address.of(r, 1));
  }

  private static boolean formulaWithoutResult(Sheet sheet, int row, int col) {
    return sheet.isFormula(row, col) && sheet.cell(row, col).isEmpty();
  }

  /** Reports every used cell of the row that holds a formula Excel never computed. */
  private static boolean formulasHaveResults(
      Sheet sheet, int row, Table table, List<Problem> problems) {
    boolean ok = true;
    for (Map.Entry<Column, Integer> e : table.columns().entrySet()) {
      int col = e.getValue();
      if (formulaWithoutResult(sheet, row, col)) {
        Address at = Address.of(row, col);
        problems.add(
            MESSAGES.problem(
                "xlsx.formula.no-result",
                table.field(sheet, at),
                row + 1,
                col + 1,
                "=" + sheet.formulas().get(at),
                sheet.name() + "!" + at));
        ok = false;
      }
    }
    return ok;
  }

  /** The first row within the top rows that has a header for every column asked, or -1. */
  private static int headerRow(Sheet sheet, List<Column> wanted) {
    for (int r = 0; r < Math.min(sheet.rowCount(), HEADER_SEARCH_ROWS); r++) {
      if (columns(sheet, r).keySet().containsAll(wanted)) {
        return r;
      }
    }
    return -1;
  }

  /** The table's header row and where each column is, or null (with a problem) without one. */
  private static Table table(Sheet sheet, List<Column> required, List<Problem> problems) {
    int r = headerRow(sheet, required);
    if (r < 0) {
      problems.add(
          MESSAGES.problem(
              "xlsx.header.missing",
              sheet.name(),
              null,
              null,
              null,
              sheet.name(),
              String.join(", ", required.stream().map(Column::display).toList())));
      return null;
    }
    return new Table(r, columns(sheet, r));
  }

  /**
   * The columns a row names, first one wins; "Minh chứng (link)" counts as "Minh chứng": a note in
   * brackets after a header is for people.
   */
  private static Map<Column, Integer> columns(Sheet sheet, int row) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    int width = sheet.rows().get(row).size();
    for (int c = 0; c < width; c++) {
      String header = sheet.cell(row, c);
      int bracket = header.indexOf('(');
      Optional<Column> column = Column.forHeader(header);
      if (column.isEmpty() && bracket > 0) {
        column = Column.forHeader(header.substring(0, bracket));
      }
      int col = c;
      column.ifPresent(k -> found.putIfAbsent(k, col));
    }
    return found;
  }

  /** Where a sheet's table is. */
  private record Table(int headerRow, Map<Column, Integer> columns) {

    int at(Column column) {
      return columns.getOrDefault(column, -1);
    }

    /** The cell of a column in a row; an absent optional column gives an empty cell. */
    Cell cell(Sheet sheet, int row, Column column) {
      Integer col = columns.get(column);
      if (col == null) {
        return new Cell("", 0, column.display());
      }
      return new Cell(
          Texts.clean(sheet.cell(row, col)), col + 1, field(sheet, Address.of(row, col)));
    }

    /** "Giá trị, Tự đánh giá!F12": the column as headed and the cell as Excel names it. */
    String field(Sheet sheet, Address at) {
      return Texts.clean(sheet.cell(headerRow, at.col())) + ", " + sheet.name() + "!" + at;
    }
  }
}
