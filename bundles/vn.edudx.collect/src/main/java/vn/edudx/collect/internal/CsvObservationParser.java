package vn.edudx.collect.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;

/**
 * Reads a CSV file of observations, one value per row, as offices export them from Excel: UTF-8
 * with or without a BOM, comma, semicolon or tab separated, CRLF or LF, headers in Vietnamese or
 * English. Problems of the file itself are reported with the row they are on; values are checked
 * later by the {@link Validator}.
 */
final class CsvObservationParser {

  private static final Messages MESSAGES = IngestPipeline.MESSAGES;

  IncomingBatch parse(BatchHeader header, byte[] content, boolean acceptValidRows) {
    return parse(header, content, acceptValidRows, rows -> {});
  }

  /**
   * Parses, telling {@code rowsRead} the rows read so far every {@link
   * IngestService#PROGRESS_STEP}.
   */
  IncomingBatch parse(
      BatchHeader header, byte[] content, boolean acceptValidRows, IntConsumer rowsRead) {
    List<Problem> problems = new ArrayList<>();
    List<IncomingRow> rows = new ArrayList<>();
    String text;
    try {
      text = decode(content);
    } catch (CharacterCodingException e) {
      problems.add(problem("file.encoding", null, null, header.origin()));
      return new IncomingBatch(header, rows, problems, acceptValidRows);
    }
    if (text.isBlank()) {
      problems.add(problem("file.empty", null, null, header.origin()));
      return new IncomingBatch(header, rows, problems, acceptValidRows);
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    LineIndex lines = new LineIndex(text);
    try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
      Map<Column, Integer> columns = null;
      Cells cells = null;
      for (CSVRecord record : csv) {
        int row = lines.lineOf(record.getCharacterPosition());
        if (columns == null) {
          columns = columns(record.toList(), problems);
          cells = new Cells(columns, record.stream().map(Texts::clean).toList());
          if (!problems.isEmpty()) {
            break;
          }
          continue;
        }
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        rows.add(cells.row(row, record));
        if (rows.size() % IngestService.PROGRESS_STEP == 0) {
          rowsRead.accept(rows.size());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(problem("file.syntax", null, null, e.getMessage()));
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(problem("file.no-rows", null, null, header.origin()));
    }
    return new IncomingBatch(header, rows, problems, acceptValidRows);
  }

  /**
   * The line a row is on, so that a row number is the line Excel and a text editor show, even when
   * the file has blank lines or old Mac line ends (a lone CR).
   */
  private static final class LineIndex {
    private final String text;
    private final int[] starts;

    LineIndex(String text) {
      this.text = text;
      int[] found = new int[16];
      int n = 0;
      found[n++] = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean end =
            c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
        if (end) {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = i + 1;
        }
      }
      starts = Arrays.copyOf(found, n);
    }

    /**
     * The 1-based line of the row whose record starts at {@code position}. Commons CSV gives the
     * position where the previous record ended, before any blank lines it skipped: skip them too.
     */
    int lineOf(long position) {
      int p = (int) position;
      while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
        p++;
      }
      int i = Arrays.binarySearch(starts, p);
      return (i >= 0 ? i : -i - 2) + 1;
    }
  }

  private static String decode(byte[] content) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(content))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The separator that splits the header line into the most fields. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    char best = ',';
    long most = -1;
    for (char c : new char[] {',', ';', '\t'}) {
      long n = first.chars().filter(ch -> ch == c).count();
      if (n > most) {
        most = n;
        best = c;
      }
    }
    return best;
  }

  private static Map<Column, Integer> columns(List<String> headers, List<Problem> problems) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int i = 0; i < headers.size(); i++) {
      int index = i;
      Column.forHeader(headers.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
    }
    for (Column c : Column.values()) {
      if (c.required() && !columns.containsKey(c)) {
        problems.add(
            MESSAGES.problem(
                "file.column.missing",
                c.display(),
                1,
                null,
                null,
                c.display(),
                String.join(" | ", headers),
                c.accepted()));
      }
    }
    return columns;
  }

  /**
   * Makes the cells of one file: headers are cleaned once, and the columns whose values repeat down
   * a file (unit, period, indicator) and absent columns share one cell per text, so a province file
   * (2 million rows) holds each school and indicator code once instead of 40 or 50,000 times.
   */
  private static final class Cells {
    private final Map<Column, Integer> columns;
    private final List<String> headers;
    private final Map<Column, Map<String, Cell>> shared = new EnumMap<>(Column.class);
    private final Map<Column, Cell> absent = new EnumMap<>(Column.class);

    Cells(Map<Column, Integer> columns, List<String> headers) {
      this.columns = columns;
      this.headers = headers;
      for (Column c : List.of(Column.UNIT, Column.PERIOD, Column.INDICATOR)) {
        shared.put(c, new HashMap<>());
      }
    }

    IncomingRow row(int row, CSVRecord record) {
      return new IncomingRow(
          row,
          cell(record, Column.UNIT),
          cell(record, Column.PERIOD),
          cell(record, Column.INDICATOR),
          cell(record, Column.VALUE),
          cell(record, Column.EVIDENCE),
          cell(record, Column.NOTE));
    }

    private Cell cell(CSVRecord record, Column column) {
      Integer index = columns.get(column);
      if (index == null) {
        return absent.computeIfAbsent(column, c -> new Cell("", 0, c.display()));
      }
      String text = index < record.size() ? record.get(index) : "";
      Map<String, Cell> seen = shared.get(column);
      if (seen == null) {
        return new Cell(Texts.clean(text), index + 1, headers.get(index));
      }
      return seen.computeIfAbsent(
          text, t -> new Cell(Texts.clean(t), index + 1, headers.get(index)));
    }
  }

  private static Problem problem(String key, Integer row, String field, Object arg) {
    return MESSAGES.problem(key, field, row, null, null, arg);
  }
}
