package vn.edudx.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.xlsx.XlsxWriter;

/** Workbooks through the pipeline: the template filled in, a long sheet, and hostile files. */
class XlsxObservationParserTest {

  private final Fakes.Observations observations = new Fakes.Observations();
  private final IngestPipeline pipeline =
      new IngestPipeline(
          new Fakes.Units(
              Fakes.school("TH01", SchoolLevel.TH), Fakes.school("TH02", SchoolLevel.TH)),
          observations,
          new Fakes.Registry(),
          new Fakes.Scoring());

  private static Delivery delivery(String name, byte[] content) {
    return new Delivery("file", "inbox", name, content, Instant.now(), "tester", false);
  }

  private IngestResult deliver(String name, byte[] content) {
    return pipeline.ingestFile(delivery(name, content));
  }

  /** The template of TH01 with cells replaced, as a school fills it in Excel. */
  private static byte[] filled(Map<String, String> cells) throws IOException {
    byte[] template =
        new SelfAssessmentTemplate()
            .template(
                Fakes.set(),
                Fakes.school("TH01", SchoolLevel.TH),
                "2024-2025",
                LocalDate.of(2025, 5, 31),
                List.of());
    return editSheet(template, "xl/worksheets/sheet1.xml", cells);
  }

  /**
   * Rewrites cells of a written sheet: each key a cell reference, each value the whole {@code <c>}
   * element's content after the reference (type and children), added at the end of its row.
   */
  static byte[] editSheet(byte[] xlsx, String part, Map<String, String> cells) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(part)) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          for (Map.Entry<String, String> c : cells.entrySet()) {
            String row = c.getKey().replaceAll("[A-Z]", "");
            xml =
                xml.replaceFirst(
                    "(?s)(<row r=\"" + row + "\">.*?)</row>",
                    "$1<c r=\"" + c.getKey() + "\"" + c.getValue().replace("$", "\\$") + "</row>");
          }
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String text(String s) {
    return " t=\"inlineStr\"><is><t>" + s + "</t></is></c>";
  }

  private static String number(String n) {
    return "><v>" + n + "</v></c>";
  }

  @Test
  void storesTheAnsweredRowsOfTheTemplateWithTheirSheetRowsAndSkipsTheEmptyOnes() throws Exception {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("F8", text("Có"));
    cells.put("G8", text("https://th01.edu.vn/ke-hoach"));
    cells.put("F9", number("85.5"));
    cells.put("H9", text("Theo sổ điểm"));
    IngestResult r = deliver("th01.xlsx", filled(cells));

    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.ACCEPTED);
    assertThat(observations.values)
        .extracting(
            NewObservation::unitCode,
            NewObservation::period,
            NewObservation::indicatorCode,
            NewObservation::value,
            NewObservation::evidence,
            NewObservation::note,
            NewObservation::row)
        .containsExactly(
            tuple("TH01", "2024-2025", "t.yes", "true", "https://th01.edu.vn/ke-hoach", null, 8),
            tuple("TH01", "2024-2025", "t.pct", "85.5", null, "Theo sổ điểm", 9));
  }

  @Test
  void namesTheSheetTheCellAndTheColumnOfABadValue() throws Exception {
    IngestResult r = deliver("th01.xlsx", filled(Map.of("F9", number("130"))));

    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.REJECTED);
    assertThat(r.batch().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("row.value.range");
              assertThat(p.row()).isEqualTo(9);
              assertThat(p.column()).isEqualTo(6);
              assertThat(p.field()).isEqualTo("Giá trị, Tự đánh giá!F9");
              assertThat(p.message().vi()).contains("130");
              assertThat(p.hint().en()).isNotBlank();
            });
    assertThat(observations.values).isEmpty();
  }

  @Test
  void takesAFormulasSavedResultAndRefusesAFormulaWithoutOne() throws Exception {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("F8", " t=\"str\"><f>IF(1,\"Có\",\"Không\")</f><v>Có</v></c>");
    cells.put("F9", "><f>B3*2</f></c>");
    IncomingBatch batch = pipeline.parseFile(delivery("th01.xlsx", filled(cells)), n -> {});

    assertThat(batch.rows()).extracting(row -> row.row()).containsExactly(8);
    assertThat(batch.parseProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("xlsx.formula.no-result");
              assertThat(p.row()).isEqualTo(9);
              assertThat(p.column()).isEqualTo(6);
              assertThat(p.value()).isEqualTo("=B3*2");
              assertThat(p.message().en()).contains("Tự đánh giá!F9");
            });

    IncomingBatch cached =
        pipeline.parseFile(delivery("th01.xlsx", filled(Map.of("F8", cells.get("F8")))), n -> {});
    assertThat(cached.parseProblems()).isEmpty();
    assertThat(cached.rows())
        .singleElement()
        .satisfies(row -> assertThat(row.value().text()).isEqualTo("Có"));
  }

  @Test
  void readsAnOfficesWorkbookWithTheUnitOnEveryRow() throws Exception {
    byte[] office =
        new SelfAssessmentTemplate()
            .officeTemplate(
                Fakes.set(),
                "PGD",
                List.of(Fakes.school("TH01", SchoolLevel.TH), Fakes.school("TH02", SchoolLevel.TH)),
                "2024-2025",
                null,
                List.of(SelfAssessmentTemplateTest.value("TH02", "t.yes", "false", null)));
    var sheet = SelfAssessmentTemplateTest.read(office).sheets().get(0);
    assertThat(sheet.rows().get(6).subList(0, 4))
        .containsExactly("STT", "Mã đơn vị", "Tên đơn vị", "Mã chỉ số");
    assertThat(sheet.rows().subList(7, 13))
        .extracting(r -> r.get(1) + " " + r.get(3))
        .containsExactly(
            "TH01 t.yes",
            "TH01 t.pct",
            "TH01 t.choice",
            "TH02 t.yes",
            "TH02 t.pct",
            "TH02 t.choice");
    assertThat(sheet.cell(10, 7)).isEqualTo("Không"); // TH02's stored value, prefilled

    IngestResult r =
        deliver(
            "pgd.xlsx", editSheet(office, "xl/worksheets/sheet1.xml", Map.of("H9", number("55"))));

    assertThat(r.batch().problems()).isEmpty();
    assertThat(observations.values)
        .extracting(
            NewObservation::unitCode,
            NewObservation::indicatorCode,
            NewObservation::value,
            NewObservation::row)
        .containsExactly(tuple("TH01", "t.pct", "55", 9), tuple("TH02", "t.yes", "false", 11));
  }

  @Test
  void saysSoWhenTheTemplateHasNoAnswerAtAll() throws Exception {
    IncomingBatch batch = pipeline.parseFile(delivery("th01.xlsx", filled(Map.of())), n -> {});

    assertThat(batch.parseProblems()).extracting(Problem::code).containsExactly("xlsx.no-answers");
  }

  @Test
  void takesUnitAndPeriodFromTheHiddenSheetAndNamesItWhenTheyAreWrong() throws Exception {
    byte[] xlsx = editSheet(filled(Map.of("F8", text("Có"))), "xl/worksheets/sheet2.xml", Map.of());
    String moved =
        new String(xlsx, StandardCharsets.ISO_8859_1); // unchanged bytes, just to be sure it reads
    assertThat(moved).isNotEmpty();

    byte[] otherUnit = replaceInPart(xlsx, "xl/worksheets/sheet2.xml", "TH01", "XX99");
    IngestResult r = deliver("th01.xlsx", otherUnit);

    assertThat(r.batch().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("row.unit.unknown");
              assertThat(p.field()).isEqualTo("Mã đơn vị, _edudx!B4");
              assertThat(p.row()).isEqualTo(8);
            });
  }

  static byte[] replaceInPart(byte[] xlsx, String part, String from, String to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(part)) {
          bytes =
              new String(bytes, StandardCharsets.UTF_8)
                  .replace(from, to)
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] longSheet(List<List<?>> rows) throws IOException {
    XlsxWriter writer = new XlsxWriter();
    var sheet = writer.sheet("Dữ liệu");
    sheet.row(List.of("Xuất từ phần mềm quản lý trường học"));
    sheet.row(List.of());
    rows.forEach(sheet::row);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toByteArray();
  }

  @Test
  void readsALongSheetWithTheCsvHeadersBelowATitle() throws Exception {
    byte[] xlsx =
        longSheet(
            List.of(
                List.of("Ma don vi", "Năm học", "Mã chỉ số", "Giá trị", "Minh chứng"),
                List.of("TH01", "2024-2025", "t.yes", "Không", "https://a.example"),
                List.of(),
                Arrays.asList("TH02", "2024-2025", "t.pct", 40, null)));

    IngestResult r = deliver("toan-huyen.xlsx", xlsx);

    assertThat(r.batch().problems()).isEmpty();
    assertThat(observations.values)
        .extracting(NewObservation::unitCode, NewObservation::value, NewObservation::row)
        .containsExactly(tuple("TH01", "false", 4), tuple("TH02", "40", 6));
  }

  @Test
  void namesTheSheetWhenNoHeaderRowIsFound() throws Exception {
    IngestResult r =
        deliver("x.xlsx", longSheet(List.of(List.of("Trường", "Điểm"), List.of("TH01", 5))));

    assertThat(r.batch().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("xlsx.header.missing");
              assertThat(p.field()).isEqualTo("Dữ liệu");
              assertThat(p.message().vi()).contains("Mã đơn vị, Năm học, Mã chỉ số, Giá trị");
            });
  }

  @Test
  void refusesAnEmptySheetWithAClearProblem() throws Exception {
    XlsxWriter writer = new XlsxWriter();
    writer.sheet("Trống");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);

    IngestResult r = deliver("trong.xlsx", out.toByteArray());

    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.REJECTED);
    assertThat(r.batch().problems())
        .extracting(Problem::code)
        .containsExactly("xlsx.header.missing");
  }

  @Test
  void refusesGarbageNamedXlsxAsNotAWorkbook() {
    IngestResult r =
        deliver(
            "th01.xlsx", "Mã đơn vị,Năm học\nTH01,2024-2025\n".getBytes(StandardCharsets.UTF_8));

    assertThat(r.batch().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("xlsx.not-xlsx");
              assertThat(p.message().vi()).contains("th01.xlsx", "không phải sổ Excel");
              assertThat(p.hint().en()).contains("Excel Workbook (*.xlsx)");
            });
  }

  @Test
  void refusesAZipBombAfterTheLimitWithoutInflatingIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] zeros = new byte[1024 * 1024];
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      for (int i = 0; i < 1024; i++) { // 1 GB of zeros, about 1 MB on disk
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(2 * 1024 * 1024);

    IngestResult r = deliver("bom.xlsx", bytes.toByteArray());

    assertThat(r.batch().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("xlsx.too-large");
              assertThat(p.field()).isEqualTo("xl/worksheets/sheet1.xml");
              assertThat(p.message().en()).contains("bom.xlsx", "zip bomb");
            });
    assertThat(observations.values).isEmpty();
  }

  @Test
  void refusesOtherTypesWithAHintThatNamesXlsx() {
    IncomingBatch batch = pipeline.parseFile(delivery("th01.xls", new byte[] {1, 2, 3}), n -> {});

    assertThat(batch.rows()).isEmpty();
    assertThat(batch.parseProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("file.type");
              assertThat(p.hint().vi()).contains(".xlsx");
              assertThat(p.hint().en()).contains(".xlsx");
            });
  }

  @Test
  void parsesACsvWithoutStoringIt() {
    IncomingBatch batch =
        pipeline.parseFile(
            delivery(
                "a.csv",
                "Mã đơn vị,Năm học,Mã chỉ số,Giá trị\nTH01,2024-2025,t.yes,Có\n"
                    .getBytes(StandardCharsets.UTF_8)),
            n -> {});

    assertThat(batch.rows()).singleElement().satisfies(row -> assertThat(row.row()).isEqualTo(2));
    assertThat(observations.values).isEmpty();
    assertThat(observations.batches).isEmpty();
  }
}
