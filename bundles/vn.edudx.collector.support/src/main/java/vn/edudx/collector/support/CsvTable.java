package vn.edudx.collector.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;

/**
 * A CSV file as offices export it from Excel, read into cells that know their row and column: UTF-8
 * with or without a BOM, comma or semicolon separated, CRLF or LF, text made NFC. A problem of the
 * file itself (not UTF-8, empty, broken quoting) is returned instead of rows.
 */
public final class CsvTable {

  /** One line of data: its 1-based line in the file (the header is line 1) and its cells. */
  public record Row(int line, List<String> cells) {}

  private final List<String> headers;
  private final List<Row> rows;
  private final Problem problem;

  private CsvTable(List<String> headers, List<Row> rows, Problem problem) {
    this.headers = headers;
    this.rows = rows;
    this.problem = problem;
  }

  public static CsvTable read(byte[] content, String origin, Messages messages) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      return failed(messages.problem("file.encoding", null, null, null, null, origin));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return failed(messages.problem("file.empty", null, null, null, null, origin));
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<String> headers = null;
    List<Row> rows = new ArrayList<>();
    Lines lines = new Lines(text);
    try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : csv) {
        List<String> cells = record.stream().map(Texts::clean).toList();
        if (headers == null) {
          headers = cells;
        } else if (!cells.stream().allMatch(String::isEmpty)) {
          rows.add(new Row(lines.of(record.getCharacterPosition()), cells));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return failed(
          messages.problem("file.syntax", null, null, null, null, String.valueOf(e.getMessage())));
    }
    if (rows.isEmpty()) {
      return failed(messages.problem("file.no-rows", null, null, null, null, origin));
    }
    return new CsvTable(headers, rows, null);
  }

  private static CsvTable failed(Problem problem) {
    return new CsvTable(List.of(), List.of(), problem);
  }

  /** The problem that made the file unreadable, if any. */
  public Optional<Problem> problem() {
    return Optional.ofNullable(problem);
  }

  public List<String> headers() {
    return headers;
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * The 0-based index of the first column whose header, compared without accents or case, is one of
   * {@code names}; -1 when there is none.
   */
  public int column(List<String> names) {
    for (int i = 0; i < headers.size(); i++) {
      if (names.contains(Texts.key(headers.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** The cell of a row in a column found by {@link #column}: empty when absent. */
  public Cell cell(Row row, int column, String name) {
    if (column < 0) {
      return new Cell("", 0, name);
    }
    String text = column < row.cells().size() ? row.cells().get(column) : "";
    return new Cell(text, column + 1, headers.get(column));
  }

  /** A "missing column" problem on the header line, listing what the file has and what is read. */
  public Problem missing(Messages messages, String name, List<String> accepted) {
    return messages.problem(
        "file.column.missing",
        name,
        1,
        null,
        null,
        name,
        String.join(" | ", headers),
        String.join(", ", accepted));
  }

  /** A problem on one cell, with the cell's row, column, header and value. */
  public static Problem at(Messages messages, String code, int line, Cell cell, Object... args) {
    return messages.problem(
        code,
        cell.header(),
        line,
        cell.column() == 0 ? null : cell.column(),
        cell.text().isEmpty() ? null : cell.text(),
        args);
  }

  /** The separator that splits the header line into the most fields. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long commas = first.chars().filter(c -> c == ',').count();
    long semicolons = first.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }

  /**
   * Counts lines as records go by, so that a row number is the line a text editor shows even with
   * blank lines or CRLF. Commons CSV gives where the previous record ended, before the line break
   * and any blank lines it skipped: skip them too.
   */
  private static final class Lines {
    private final String text;
    private int scanned;
    private int line = 1;

    Lines(String text) {
      this.text = text;
    }

    int of(long position) {
      int p = (int) position;
      while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
        p++;
      }
      for (; scanned < p; scanned++) {
        char c = text.charAt(scanned);
        if (c == '\n'
            || (c == '\r' && (scanned + 1 == text.length() || text.charAt(scanned + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }
  }
}
