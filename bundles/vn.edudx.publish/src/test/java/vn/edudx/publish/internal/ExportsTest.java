package vn.edudx.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.PublicationRequest;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.Workbook;
import vn.edudx.xlsx.XlsxReader;

/** The downloads: hostile names stay harmless, every number explains itself. */
class ExportsTest {

  private static final Caller LEADER = new Caller("lanh.dao", Role.LEADERSHIP, "PGD");

  private final Fakes fakes = new Fakes();
  private final EduDxPublications service = fakes.service();
  private final EduDxExports exports = new EduDxExports();
  private final Publication first =
      service.publish(
          new PublicationRequest(Fakes.PERIOD, "PGD", null, null, "Ghi chú: =1+1", null, null),
          LEADER);
  private final Publication publication =
      service.publish(
          new PublicationRequest(
              Fakes.PERIOD, "PGD", null, null, null, first.id(), "Sai <b>điểm</b> S2"),
          LEADER);

  @Test
  void csvHasABomCrlfAHeaderInBothLanguagesAndARowPerEntryAndUnrankedUnit() {
    byte[] csv = exports.csv(publication);

    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    List<String> lines = List.of(text.split("\r\n"));
    assertThat(lines.get(0))
        .startsWith("\"Mã công bố [Publication]\",\"Năm học [School year]\",")
        .contains(
            "Thứ hạng [Rank]", "Điểm nhóm G1 [Group G1 points]", "Mức nhóm G2 [Group G2 level]")
        .endsWith("\"Lý do chưa xếp hạng (tiếng Anh) [Reason not ranked (English)]\"");
    int columns = lines.get(0).split(",", -1).length;
    // 12 rankings: 3 by figure for all levels (3 entries + S4), MN (S4), TH (S1), THCS (S2, S3).
    assertThat(lines).hasSize(1 + 3 * 4 + 3 * 1 + 3 * 1 + 3 * 2);
    assertThat(lines)
        .filteredOn(l -> l.contains(",\"S4\","))
        .hasSize(6)
        .allSatisfy(
            l ->
                assertThat(l)
                    .endsWith("\"Chưa có kết quả được phê duyệt.\",\"No approved result yet.\""));
    // Text quoted, numbers and booleans not.
    String s1 =
        "\""
            + publication.id()
            + "\",\"2024-2025\",\"ALL\",\"total\",1,false,1,1,true,2,\"S1\",\"Trường TH Vĩnh Quới\","
            + "\"TH\",\"Phường 1\",152.50,72.50,2,80.00,3,,";
    assertThat(lines).contains(s1);
    assertThat(s1.split(",", -1)).hasSize(columns);
  }

  @Test
  void csvNeutralisesFormulasAndQuotesAsRfc4180Says() {
    String text = new String(exports.csv(publication), StandardCharsets.UTF_8);

    assertThat(text)
        .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")
        .contains(",\"<script>alert(1)</script>\",")
        // A movement of -1 is a number written by us, not text.
        .contains(",-1,\"S3\",");
    assertThat(text).doesNotContain(",=HYPERLINK");
    assertThat(CsvExport.cell("+33 123")).isEqualTo("\"'+33 123\"");
    assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(CsvExport.cell("\tx")).isEqualTo("\"'\tx\"");
    assertThat(CsvExport.cell("-")).isEqualTo("\"'-\"");
    // Excel in Vietnamese splits at ';': quoted, the part after it cannot become a formula.
    assertThat(CsvExport.cell("Trường A;=1+1")).isEqualTo("\"Trường A;=1+1\"");
    assertThat(CsvExport.cell("plain")).isEqualTo("\"plain\"");
    assertThat(CsvExport.cell("")).isEqualTo("\"\"");
    assertThat(CsvExport.cell(3)).isEqualTo("3");
    assertThat(CsvExport.cell(true)).isEqualTo("true");
    assertThat(CsvExport.cell("\rx")).isEqualTo("\"'\rx\"");
    assertThat(CsvExport.cell("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(CsvExport.cell(new BigDecimal("-2.50"))).isEqualTo("-2.50");
  }

  @Test
  void xlsxHasAMethodSheetAndASheetPerRankingWithFormulasNeutralised() throws Exception {
    Workbook book =
        XlsxReader.read(new ByteArrayInputStream(exports.xlsx(publication)), Limits.DEFAULTS);

    assertThat(book.sheets()).hasSize(1 + 12);
    assertThat(book.sheets())
        .extracting(Sheet::name)
        .startsWith("Phương pháp", "Tất cả - Tổng", "Tất cả - G1", "Tất cả - G2", "MN - Tổng")
        .doesNotHaveDuplicates()
        .allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
    Sheet method = book.sheet("Phương pháp").orElseThrow();
    String all = method.rows().toString();
    assertThat(all)
        .contains(
            publication.checksum(),
            "moet-4725-2022 v1",
            "LEADERSHIP PGD",
            first.id(),
            "Sai <b>điểm</b> S2",
            "1, 2, 2, 4",
            "(giờ Việt Nam)",
            "2025-06-20T01:00:00Z");
    Sheet total = book.sheet("Tất cả - Tổng").orElseThrow();
    assertThat(total.cell(0, 2)).isEqualTo("Thứ hạng [Rank]");
    assertThat(total.rowCount()).isEqualTo(1 + 3 + 1);
    assertThat(total.cell(1, 9)).isEqualTo("Trường TH Vĩnh Quới");
    assertThat(total.cell(1, 12)).isEqualTo("152.5");
    assertThat(total.cell(2, 9)).isEqualTo("'" + Fakes.HYPERLINK);
    assertThat(total.cell(3, 9)).isEqualTo(Fakes.SCRIPT);
    assertThat(total.cell(4, 8)).isEqualTo("S4");
    assertThat(total.cell(4, header(total, "Lý do chưa xếp hạng [Reason not ranked]")))
        .isEqualTo("Chưa có kết quả được phê duyệt.");
  }

  private static int header(Sheet sheet, String title) {
    return sheet.rows().get(0).indexOf(title);
  }

  @Test
  void xlsxSheetNamesAreValidAndUniqueWhateverAGroupIsCalled() {
    java.util.Set<String> used = new java.util.HashSet<>();
    assertThat(XlsxExport.unique("THCS - nhóm [1]: dạy/học?", used))
        .isEqualTo("THCS - nhóm _1__ dạy_học_");
    String a = XlsxExport.unique("x".repeat(40), used);
    String b = XlsxExport.unique("x".repeat(40), used);
    assertThat(a).hasSize(31);
    assertThat(b).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
    assertThat(XlsxExport.unique("History", used)).isEqualTo("History (2)");
  }

  @Test
  void htmlIsOneSelfContainedPageWithEverythingEscaped() {
    String html = exports.html(publication);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">", "<style>");
    assertThat(html.toLowerCase())
        .doesNotContain("<script", "src=", "href=", "<link", "@import", "url(", "javascript:");
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)")
        .contains("Sai &lt;b&gt;điểm&lt;/b&gt; S2")
        .contains(
            publication.checksum(), first.id(), "LEADERSHIP PGD", "08:00 20/06/2025 (giờ Việt Nam)")
        .contains("overflow-x:auto", "name=\"viewport\"");
  }

  @Test
  void htmlHasATableAndAChartPerLevelTheImprovedTheUnrankedAndTheMethod() {
    String html = exports.html(publication);

    // All levels, TH and THCS have ranked schools; MN has only an unranked one.
    assertThat(count(html, "<svg")).isEqualTo(3);
    assertThat(count(html, "<table")).isEqualTo(3 + 1 + 1);
    assertThat(count(html, "<title id=")).isEqualTo(3);
    assertThat(html)
        .contains("Xếp hạng theo tổng điểm: Tất cả cấp học")
        .contains("Dạy và học: Mức 1 có 0 trường, Mức 2 có 3 trường, Mức 3 có 0 trường.")
        .contains("≈", "▲ 2", "▼ 1", "(đồng hạng)", "2–3")
        .contains("Tiến bộ nhiều nhất", "+12,5", "140")
        .contains(
            "Trường chưa được xếp hạng", "Trường MN Hoa Sen", "Chưa có kết quả được phê duyệt.")
        .contains("1, 2, 2, 4", "dưới 50 điểm là Mức 1")
        .contains("Công bố này đính chính và thay thế công bố " + first.id());
    // Numbers in Vietnamese: decimal comma.
    assertThat(html).contains(">152,5<", ">72,5<", ">45,25<").doesNotContain(">152.5<");
  }

  @Test
  void anOldPublicationSaysItWasReplaced() {
    Publication old = fakes.store.find(first.id()).orElseThrow();

    assertThat(exports.html(old)).contains("đã được thay thế bởi công bố " + publication.id());
    assertThat(fakes.store.find(first.id()).orElseThrow().json()).isEqualTo(first.json());
  }

  @Test
  void formatsNumbersTheVietnameseWay() {
    assertThat(Formats.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    assertThat(Formats.number(new BigDecimal("72.50"))).isEqualTo("72,5");
    assertThat(Formats.number(new BigDecimal("100"))).isEqualTo("100");
    assertThat(Formats.number(new BigDecimal("0.125"))).isEqualTo("0,13");
    assertThat(Formats.number(new BigDecimal("-3.25"))).isEqualTo("-3,25");
  }

  private static int count(String text, String what) {
    return (int) Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
  }

  @Test
  void everyExportOfOnePublicationIsTheSameBytesEveryTime() throws Exception {
    byte[] csv = exports.csv(publication);
    byte[] xlsx = exports.xlsx(publication);
    String html = exports.html(publication);
    // As the lead's ETag sees it: the stored publication read again, another time zone and locale,
    // later on the clock.
    Publication again = fakes.store.find(publication.id()).orElseThrow();
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Locale.setDefault(Locale.GERMANY);
      fakes.clock.set(Fakes.NOW.plusSeconds(86_400));
      // The wall clock cannot reach the workbook either: every entry carries the fixed time
      // asserted below, so no waiting is needed to prove it.
      assertThat(exports.csv(again)).isEqualTo(csv);
      assertThat(exports.xlsx(again)).isEqualTo(xlsx);
      assertThat(exports.html(again)).isEqualTo(html);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
    // The workbook's parts in a fixed order, all with the same fixed time.
    List<String> names = new ArrayList<>();
    Set<Long> times = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        times.add(e.getTimeLocal().toLocalDate().toEpochDay());
      }
    }
    assertThat(names)
        .startsWith(
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml")
        .endsWith("xl/worksheets/sheet13.xml");
    assertThat(times).containsExactly(LocalDate.of(1980, 2, 1).toEpochDay());
  }

  @Test
  void aSupersededPublicationsExportsChangeOnceAndThenStay() {
    Publication old = fakes.store.find(first.id()).orElseThrow();

    assertThat(exports.html(old)).isNotEqualTo(exports.html(first));
    assertThat(exports.xlsx(old)).isNotEqualTo(exports.xlsx(first));
    assertThat(exports.html(fakes.store.find(first.id()).orElseThrow()))
        .isEqualTo(exports.html(old));
    assertThat(exports.xlsx(fakes.store.find(first.id()).orElseThrow()))
        .isEqualTo(exports.xlsx(old));
  }
}
