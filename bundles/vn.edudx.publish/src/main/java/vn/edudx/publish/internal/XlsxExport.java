package vn.edudx.publish.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.Snapshot;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.xlsx.Cells;
import vn.edudx.xlsx.SheetBuilder;
import vn.edudx.xlsx.XlsxWriter;

/**
 * Writes a publication as a workbook: the method and the facts that make it checkable first, then a
 * sheet per ranking. Text is written as text and still gets an apostrophe before a leading {@code
 * =}, {@code +}, {@code -} or {@code @}, so that a copy into CSV or another sheet stays harmless.
 */
final class XlsxExport {

  private XlsxExport() {}

  static byte[] write(Publication publication) {
    Snapshot s = publication.snapshot();
    XlsxWriter writer = new XlsxWriter();
    Set<String> used = new HashSet<>();
    methodology(
        writer.sheet(unique(Texts.MESSAGES.text("sheet.methodology").vi(), used)), publication);
    RankingTable table = new RankingTable(s);
    List<String> header = table.header();
    int[] widths = new int[header.size()];
    java.util.Arrays.fill(widths, 12);
    widths[9] = 40;
    widths[11] = 20;
    for (Ranking r : s.rankings()) {
      SheetBuilder sheet =
          writer
              .sheet(unique(sheetName(r), used))
              .header(header)
              .columnWidths(widths)
              .freezeHeader();
      for (List<Object> row : table.rows(r)) {
        sheet.row(safe(row));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void methodology(SheetBuilder sheet, Publication p) {
    Snapshot s = p.snapshot();
    sheet.columnWidths(34, 100);
    fact(sheet, "meta.title", s.title());
    fact(sheet, "meta.id", s.id());
    fact(sheet, "meta.period", s.period());
    fact(sheet, "meta.scope", s.scopeName() + " (" + s.scopeCode() + ")");
    fact(sheet, "meta.checksum", p.checksum());
    fact(sheet, "meta.set", s.setId() + " v" + s.setVersion());
    fact(sheet, "meta.created", Formats.timeWithInstant(s.createdAt()));
    fact(sheet, "meta.embargo", Formats.timeWithInstant(s.embargoUntil()));
    fact(sheet, "meta.approver", s.createdBy());
    if (s.supersedes() != null) {
      fact(sheet, "meta.supersedes", s.supersedes());
      fact(sheet, "meta.reason", s.reason());
    }
    if (p.supersededBy() != null) {
      fact(
          sheet,
          "meta.superseded-by",
          p.supersededBy() + ", " + Formats.timeWithInstant(p.supersededAt()));
    }
    sheet.row(List.of());
    String title = RankingTable.title(Texts.MESSAGES.text("meta.methodology"));
    LocalizedText method = s.methodology();
    for (String paragraph : method.vi().split("\n\n")) {
      sheet.row(List.of(title, Cells.safeText(paragraph)));
      title = "";
    }
    sheet.row(List.of());
    for (String paragraph : method.en().split("\n\n")) {
      sheet.row(List.of("", Cells.safeText(paragraph)));
    }
  }

  private static void fact(SheetBuilder sheet, String key, String value) {
    sheet.row(List.of(RankingTable.title(Texts.MESSAGES.text(key)), Cells.safeText(value)));
  }

  private static List<Object> safe(List<Object> row) {
    List<Object> cells = new ArrayList<>(row.size());
    for (Object v : row) {
      cells.add(v instanceof String text ? Cells.safeText(text) : v);
    }
    return cells;
  }

  /** "THCS - G1", "Tất cả - Tổng": short, and valid whatever a group is called. */
  private static String sheetName(Ranking r) {
    String level =
        r.level() == null ? Texts.MESSAGES.text("sheet.all-levels").vi() : r.level().name();
    String by =
        RankingService.BY_TOTAL.equals(r.by()) ? Texts.MESSAGES.text("sheet.total").vi() : r.by();
    return level + " - " + by;
  }

  /** A name Excel accepts (at most 31 characters, none of {@code : \ / ? * [ ]}) not used yet. */
  static String unique(String wanted, Set<String> used) {
    String name = wanted.replaceAll("[:\\\\/?*\\[\\]\\p{Cntrl}]", "_").strip();
    name = name.replaceAll("^'+|'+$", "");
    if (name.isEmpty()) {
      name = "_";
    }
    name = cut(name, 31);
    String candidate = name;
    for (int n = 2;
        !used.add(candidate.toLowerCase(Locale.ROOT)) || candidate.equalsIgnoreCase("history");
        n++) {
      String suffix = " (" + n + ")";
      candidate = cut(name, 31 - suffix.length()) + suffix;
    }
    return candidate;
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    String cut = s.substring(0, max);
    // Never split a surrogate pair.
    return Character.isHighSurrogate(cut.charAt(max - 1)) ? cut.substring(0, max - 1) : cut;
  }
}
