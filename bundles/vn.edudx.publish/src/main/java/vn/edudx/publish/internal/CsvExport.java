package vn.edudx.publish.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.Snapshot;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.xlsx.Cells;

/**
 * Writes a publication's rankings as one CSV file that Excel opens correctly in Vietnamese (UTF-8
 * with BOM, CRLF, every text quoted as RFC 4180 says) and in which no text can run as a formula.
 */
final class CsvExport {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvExport() {}

  static byte[] write(Publication publication) {
    Snapshot s = publication.snapshot();
    RankingTable table = new RankingTable(s);
    StringBuilder out = new StringBuilder();
    List<Object> header = new ArrayList<>();
    header.add(RankingTable.title(Texts.MESSAGES.text("col.publication")));
    header.add(RankingTable.title(Texts.MESSAGES.text("col.period")));
    header.addAll(table.header());
    line(out, header);
    for (Ranking r : s.rankings()) {
      for (List<Object> row : table.rows(r)) {
        List<Object> full = new ArrayList<>();
        full.add(s.id());
        full.add(s.period());
        full.addAll(row);
        line(out, full);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  private static void line(StringBuilder out, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(values.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * A value as a CSV field. Every text is quoted (RFC 4180, its quotes doubled), after an
   * apostrophe before a leading {@code = + - @}, tab or CR: Excel set up for Vietnamese uses {@code
   * ;} as its list separator and would split an unquoted text at a {@code ;}, so that a part
   * starting with {@code =} became a formula. Numbers and booleans are written by us, never quoted,
   * with a {@code .} as decimal point whatever the locale (plain notation, no grouping), so that a
   * program reads them as numbers.
   */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return quote(Cells.safeText(value.toString()));
  }

  /** RFC 4180: in quotes, its quotes doubled. */
  static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
