package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.SheetBuilder;
import vn.edudx.xlsx.Workbook;
import vn.edudx.xlsx.XlsxReader;
import vn.edudx.xlsx.XlsxWriter;

/**
 * The self-assessment workbook in the running distribution: downloaded by the office and by the
 * school, refused to another school, filled in and uploaded with provenance, and a bad one dropped
 * into the inbox rejected with a report naming the cell. Uses 2018-2019, a school year no other
 * test and no demo file reads, so no shared score or ranking moves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SelfAssessmentWorkbookIT extends EduDxTestSupport {

  private static final String PERIOD = "2018-2019";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String TEMPLATE =
      "indicator-sets/moet-4725-2022/template.xlsx?unit=NN-TH-01&period=" + PERIOD;
  private static final Duration PROCESSED = Duration.ofSeconds(60);

  private Api admin;

  @Before
  public void demoLoaded() {
    admin = admin(); // here, not in a field: the class is also instantiated outside Karaf
    awaitDemoData();
  }

  private static Workbook read(byte[] xlsx) {
    try {
      return XlsxReader.read(new ByteArrayInputStream(xlsx), Limits.DEFAULTS);
    } catch (Exception e) {
      throw new AssertionError("not a readable workbook", e);
    }
  }

  /** The row of the column titles and the columns by title, found as the importer finds them. */
  private static int headerRow(Sheet sheet) {
    for (int r = 0; r < sheet.rowCount(); r++) {
      if (sheet.rows().get(r).contains("Mã chỉ số") && sheet.rows().get(r).contains("Giá trị")) {
        return r;
      }
    }
    throw new AssertionError("no header row in " + sheet.rows());
  }

  /** Copies the workbook with XlsxWriter, as a user saving it, with some cells of Giá trị set. */
  private static byte[] filled(byte[] template, Map<String, Object> values) throws IOException {
    Workbook book = read(template);
    XlsxWriter writer = new XlsxWriter();
    for (Sheet sheet : book.sheets()) {
      SheetBuilder copy = writer.sheet(sheet.name());
      if (sheet.name().startsWith("_")) {
        copy.hidden();
      }
      int header = sheet.name().startsWith("_") ? -1 : headerRow(sheet);
      int code = header < 0 ? -1 : sheet.rows().get(header).indexOf("Mã chỉ số");
      int value = header < 0 ? -1 : sheet.rows().get(header).indexOf("Giá trị");
      for (int r = 0; r < sheet.rowCount(); r++) {
        List<Object> cells = new ArrayList<>(sheet.rows().get(r));
        if (r > header && header >= 0 && values.containsKey(sheet.cell(r, code))) {
          while (cells.size() <= value) {
            cells.add(null);
          }
          cells.set(value, values.get(sheet.cell(r, code)));
        }
        copy.row(cells);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toByteArray();
  }

  @Test
  public void theOfficeAndTheSchoolDownloadItAndAnotherSchoolDoesNotSeeIt() {
    Api.Raw byAdmin = admin.raw(TEMPLATE);
    assertEquals(200, byAdmin.status());
    assertEquals(XLSX, byAdmin.header("Content-Type"));
    assertTrue(
        byAdmin.header("Content-Disposition"),
        byAdmin.header("Content-Disposition").contains("tu-danh-gia-NN-TH-01-2018-2019.xlsx"));
    Workbook book = read(byAdmin.body());
    Sheet sheet = book.sheet("Tự đánh giá").orElseThrow();
    assertTrue(sheet.cell(2, 0), sheet.cell(2, 0).contains("Trường Tiểu học Phường 1"));
    int header = headerRow(sheet);
    assertEquals(
        List.of(
            "STT",
            "Mã chỉ số",
            "Nhóm / Tiêu chí",
            "Nội dung",
            "Hướng dẫn",
            "Giá trị",
            "Minh chứng (link)",
            "Ghi chú"),
        sheet.rows().get(header));
    assertTrue(sheet.rowCount() - header > 10);
    assertEquals(List.of("unit", "NN-TH-01"), book.sheet("_edudx").orElseThrow().rows().get(3));

    Api.Raw bySchool = signedIn("th01").raw(TEMPLATE);
    assertEquals(200, bySchool.status());
    assertEquals(sheet.rows(), read(bySchool.body()).sheet("Tự đánh giá").orElseThrow().rows());

    assertEquals(404, signedIn("th02").raw(TEMPLATE).status());
    String many = "indicator-sets/moet-4725-2022/template.xlsx?period=" + PERIOD;
    assertEquals(400, signedIn("th01").raw(many).status()); // a school names its unit

    // Without a unit, an office gets one workbook for the units of its area (here: its primaries).
    Sheet office =
        read(signedIn("reviewer").bytes(many + "&level=TH")).sheet("Tự đánh giá").orElseThrow();
    int officeHeader = headerRow(office);
    int unitColumn = office.rows().get(officeHeader).indexOf("Mã đơn vị");
    Set<String> schools = new TreeSet<>();
    for (int r = officeHeader + 1; r < office.rowCount(); r++) {
      schools.add(office.cell(r, unitColumn));
    }
    assertTrue(schools.toString(), schools.size() >= 11);
    assertTrue(schools.toString(), schools.contains("NN-TH-01") && schools.contains("NN-TH-11"));
    assertTrue(schools.toString(), schools.stream().allMatch(c -> c.startsWith("NN-TH-")));
    assertEquals(
        400,
        admin
            .raw("indicator-sets/moet-4725-2022/template.xlsx?unit=NN-MN-01&period=" + PERIOD)
            .status());
  }

  @Test
  public void aFilledWorkbookUploadedByTheOfficeIsStoredWithItsCellsAsProvenance()
      throws IOException {
    byte[] workbook = filled(admin.bytes(TEMPLATE), Map.of("4725.1.1", "Có", "4725.1.4", 70));

    Api.Answer stored = admin.post("imports?file=th01-tu-danh-gia.xlsx", XLSX, workbook);

    assertEquals(stored.json().toString(), 201, stored.status());
    assertEquals(2, stored.json().path("stored").asInt());
    JsonNode yes =
        admin
            .ok("assessments/NN-TH-01/" + PERIOD + "/values/4725.1.1/history")
            .path("items")
            .get(0);
    assertEquals("true", yes.path("value").asText());
    assertEquals("upload", yes.path("source").asText());
    assertEquals("th01-tu-danh-gia.xlsx", yes.path("origin").asText());
    assertEquals("admin", yes.path("receivedBy").asText());
    int row = rowOf(read(workbook), "4725.1.1");
    assertEquals(row + 1, yes.path("row").asInt());
    JsonNode number =
        admin
            .ok("assessments/NN-TH-01/" + PERIOD + "/values/4725.1.4/history")
            .path("items")
            .get(0);
    assertEquals("70", number.path("value").asText());

    // The next download is prefilled with what was stored.
    Sheet again = read(admin.bytes(TEMPLATE)).sheet("Tự đánh giá").orElseThrow();
    assertEquals("Có", again.cell(rowOf(read(workbook), "4725.1.1"), 5));
  }

  private static int rowOf(Workbook book, String indicator) {
    Sheet sheet = book.sheet("Tự đánh giá").orElseThrow();
    for (int r = 0; r < sheet.rowCount(); r++) {
      if (indicator.equals(sheet.cell(r, 1))) {
        return r;
      }
    }
    throw new AssertionError(indicator + " is not in the workbook");
  }

  @Test
  public void aBadWorkbookDroppedInTheInboxIsRejectedWithAReportNamingTheCell() throws IOException {
    byte[] template =
        admin.bytes("indicator-sets/moet-4725-2022/template.xlsx?unit=NN-TH-02&period=" + PERIOD);
    byte[] bad = filled(template, Map.of("4725.1.1", "nhiều"));
    int row = rowOf(read(bad), "4725.1.1");
    Path inbox = Path.of(System.getProperty("karaf.data"), "edudx", "inbox");
    Files.createDirectories(inbox);
    Path part = inbox.resolve("th02-tu-danh-gia.xlsx.part");
    Files.write(part, bad);
    Files.move(part, inbox.resolve("th02-tu-danh-gia.xlsx"));

    Path report = reportOf(inbox.resolve("error"), "th02-tu-danh-gia.xlsx");

    String text = Files.readString(report);
    assertTrue(text, text.contains("Tự đánh giá!F" + (row + 1)));
    assertTrue(text, text.contains("nhiều"));
    assertTrue(
        admin
            .ok("assessments/NN-TH-02/" + PERIOD + "/values/4725.1.1/history")
            .path("items")
            .isEmpty());
  }

  private static Path reportOf(Path dir, String file) {
    return Poll.until(
            "the report of " + file + " in " + dir,
            PROCESSED,
            () -> {
              if (!Files.isDirectory(dir)) {
                return Optional.<Path>empty();
              }
              try (Stream<Path> s = Files.list(dir)) {
                return s.filter(
                        p -> p.getFileName().toString().endsWith("-" + file + ".report.txt"))
                    .findFirst();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            Optional::isPresent)
        .get();
  }
}
