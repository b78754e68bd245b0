package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.observation.ObservationStore;

/**
 * The drop folder of the running distribution: a CSV dropped in it changes a school's score and
 * rank; a bad one is rejected whole with a report; the same file twice is stored once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FileCollectorIT extends EduDxTestSupport {

  private static final Duration PROCESSED = Duration.ofSeconds(60);
  private static final String HEADER = "Mã đơn vị;Năm học;Mã chỉ số;Giá trị;Minh chứng\r\n";

  @Inject
  @Filter(timeout = 180_000)
  private ObservationStore observations;

  @Inject
  @Filter(timeout = 180_000)
  private IndicatorSetRegistry registry;

  private Api api;

  private Path inbox() {
    return Path.of(System.getProperty("karaf.data"), "edudx", "inbox");
  }

  @Before
  public void demoLoaded() {
    api = admin(); // here, not in a field: the class is also instantiated outside Karaf
    awaitDemoData();
  }

  /** Writes a file beside the inbox and moves it in, as a careful sender does. */
  private void drop(String name, String content) throws IOException {
    Path inbox = inbox();
    Files.createDirectories(inbox);
    Path part = inbox.resolve(name + ".part");
    Files.writeString(part, content, StandardCharsets.UTF_8);
    Files.move(part, inbox.resolve(name));
  }

  private JsonNode importOf(String file) {
    return Poll.until(
        file + " processed",
        PROCESSED,
        () -> {
          for (JsonNode b : api.ok("imports?limit=500").path("items")) {
            if (file.equals(b.path("file").asText())) {
              return b;
            }
          }
          return null;
        },
        b -> b != null);
  }

  /** Waits for the report written beside a processed file in {@code done/} or {@code error/}. */
  private Path reportOf(String folder, String file) {
    Path dir = inbox().resolve(folder);
    return Poll.until(
            "the report of " + file + " in " + folder + "/",
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

  private static JsonNode entry(JsonNode ranking, String unit) {
    for (JsonNode e : ranking.path("entries")) {
      if (unit.equals(e.path("unit").path("code").asText())) {
        return e;
      }
    }
    throw new AssertionError(unit + " is not ranked");
  }

  @Test
  public void aDroppedFileChangesTheSchoolsScoreAndRankAndIsTracedToItsRows() throws IOException {
    String school = "NN-TH-10"; // the lagging primary school of the demo
    JsonNode before = entry(api.ok("rankings?period=2024-2025"), school);
    StringBuilder csv = new StringBuilder(HEADER);
    for (Indicator i : registry.find("moet-4725-2022").orElseThrow().indicators()) {
      String value = i.type() == ValueType.BOOLEAN ? "Có" : "95,5";
      csv.append(school).append(";2024-2025;").append(i.code()).append(';').append(value);
      csv.append(";https://th10.example/").append(i.code()).append("\r\n");
    }

    drop("th10-tu-danh-gia.csv", csv.toString());

    JsonNode batch = importOf("th10-tu-danh-gia.csv");
    assertEquals(batch.toString(), "ACCEPTED", batch.path("status").asText());
    JsonNode score =
        Poll.until(
            "the new score of " + school,
            PROCESSED,
            () -> api.ok("scores?period=2024-2025&unit=" + school),
            s -> s.path("total").asDouble() != before.path("points").asDouble());
    assertTrue(score.path("total").asDouble() > 190);
    JsonNode after = entry(api.ok("rankings?period=2024-2025"), school);
    assertTrue(after.path("rank").asInt() < before.path("rank").asInt());
    assertEquals(1, after.path("rank").asInt());
    JsonNode source =
        score.path("groups").get(0).path("criteria").get(0).path("inputs").get(0).path("source");
    assertEquals("file", source.path("collector").asText());
    assertEquals("th10-tu-danh-gia.csv", source.path("file").asText());
    assertEquals(2, source.path("row").asInt());
    assertTrue(Files.readString(reportOf("done", "th10-tu-danh-gia.csv")).contains("ACCEPTED"));
    JsonNode status = collector("file", "inbox");
    assertEquals(status.toString(), "RUNNING", status.path("state").asText());
    assertTrue(status.toString(), status.path("accepted").asLong() >= 1);
    assertTrue(status.toString(), status.path("lastRun").isTextual());
    assertTrue(status.toString(), status.path("routes").toString().contains("file.inbox.inbox"));
  }

  /** The status of one collector instance, from {@code GET /collectors}. */
  private JsonNode collector(String id, String instance) {
    for (JsonNode c : api.ok("collectors").path("items")) {
      if (id.equals(c.path("id").asText()) && instance.equals(c.path("instance").asText())) {
        return c;
      }
    }
    throw new AssertionError(id + "/" + instance + " is not listed: " + api.ok("collectors"));
  }

  @Test
  public void theSameFileDroppedTwiceIsStoredOnce() throws IOException {
    String csv = HEADER + "NN-TH-05;2024-2025;4725.2.5;Có;\r\nNN-TH-05;2024-2025;4725.1.4;70;\r\n";
    drop("th05-lan-1.csv", csv);
    assertEquals("ACCEPTED", importOf("th05-lan-1.csv").path("status").asText());
    long stored = observations.count();

    drop("th05-lan-2.csv", csv);

    JsonNode repeat = importOf("th05-lan-2.csv");
    assertEquals("DUPLICATE", repeat.path("status").asText());
    assertEquals(
        importOf("th05-lan-1.csv").path("id").asLong(), repeat.path("duplicateOf").asLong());
    assertEquals(stored, observations.count());
    Path report = reportOf("done", "th05-lan-2.csv");
    assertTrue(Files.readString(report).contains("ĐÃ NHẬN TRƯỚC ĐÂY"));
  }

  @Test
  public void aFileWithBadRowsIsRejectedWholeWithAReportAndAGoodFileAfterItIsProcessed()
      throws IOException {
    long stored = observations.count();
    double scoreBefore = api.ok("scores?period=2024-2025&unit=NN-TH-09").path("total").asDouble();
    String bad =
        HEADER
            + "NN-TH-09;2024-2025;4725.2.5;Có;\r\n"
            + "NN-XX-99;2024-2025;4725.2.5;Có;\r\n"
            + "NN-TH-09;2024-2025;4725.1.4;130;\r\n"
            + "NN-TH-09;2024-2025;4725.1.3.1;;\r\n";

    drop("th09-sai.csv", bad);

    JsonNode rejected = importOf("th09-sai.csv");
    assertEquals("REJECTED", rejected.path("status").asText());
    assertEquals(0, rejected.path("stored").asInt());
    JsonNode problems = rejected.path("problems");
    assertEquals(problems.toString(), 3, problems.size());
    assertProblem(problems.get(0), "row.unit.unknown", 3, 1);
    assertProblem(problems.get(1), "row.value.range", 4, 4);
    assertProblem(problems.get(2), "row.value.required", 5, 4);
    assertEquals(stored, observations.count());
    Path report = reportOf("error", "th09-sai.csv");
    String text = Files.readString(report);
    assertTrue(text, text.contains("Dòng 3, cột 1 (Mã đơn vị), giá trị \"NN-XX-99\""));
    assertTrue(text, text.contains("Row 4, column 4 (Giá trị), value \"130\""));
    assertTrue(text, text.contains("Dòng 5, cột 4 (Giá trị)"));
    assertEquals(
        scoreBefore,
        api.ok("scores?period=2024-2025&unit=NN-TH-09").path("total").asDouble(),
        0.0001);

    drop("th09-dung.csv", HEADER + "NN-TH-09;2024-2025;4725.1.4;100;\r\n");

    assertEquals("ACCEPTED", importOf("th09-dung.csv").path("status").asText());
    assertEquals(stored + 1, observations.count());
    assertNotEquals(
        scoreBefore,
        Poll.until(
                "NN-TH-09 rescored",
                PROCESSED,
                () -> api.ok("scores?period=2024-2025&unit=NN-TH-09").path("total").asDouble(),
                t -> t != scoreBefore)
            .doubleValue(),
        0.0001);
  }

  /**
   * A 1 GB file (sparse: it takes no disk) is refused unread with the limit named, and nothing of
   * it is stored; a file whose name is HTML and whose values look like spreadsheet formulas is
   * stored as plain text, the name kept as a label and never used as a path.
   */
  @Test
  public void aHugeFileIsRefusedUnreadAndHostileNamesAndFormulasAreKeptAsText() throws IOException {
    long before = observations.count();
    Path inbox = inbox();
    Files.createDirectories(inbox);
    Path part = inbox.resolve("khong-lo.csv.part");
    try (RandomAccessFile huge = new RandomAccessFile(part.toFile(), "rw")) {
      huge.setLength(1024L * 1024 * 1024);
    }
    Files.move(part, inbox.resolve("khong-lo.csv"));

    JsonNode refused = importOf("khong-lo.csv");
    assertEquals(refused.toString(), "REJECTED", refused.path("status").asText());
    JsonNode problem = refused.path("problems").get(0);
    assertEquals("file.too-large", problem.path("code").asText());
    assertTrue(problem.path("message").path("vi").asText().contains("50 MB"));
    assertTrue(problem.path("message").path("en").asText().contains("50 MB"));
    assertTrue(Files.readString(reportOf("error", "khong-lo.csv")).contains("50 MB"));
    assertEquals(before, observations.count());

    String name = "<img src=x onerror=alert(1)>..csv";
    drop(
        name,
        HEADER
            + "NN-TH-07;2016-2017;4725.2.5;Có;\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\r\n");
    JsonNode stored = importOf(name);
    assertEquals(stored.toString(), "ACCEPTED", stored.path("status").asText());
    JsonNode history = api.ok("assessments/NN-TH-07/2016-2017/values/4725.2.5/history");
    assertEquals(
        history.toString(),
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        history.path("items").get(0).path("evidence").asText());
    assertEquals(name, history.path("items").get(0).path("origin").asText());
    assertTrue(Files.exists(reportOf("done", name)));
  }

  private static void assertProblem(JsonNode p, String code, int row, int column) {
    assertEquals(p.toString(), code, p.path("code").asText());
    assertEquals(p.toString(), row, p.path("row").asInt());
    assertEquals(p.toString(), column, p.path("column").asInt());
    assertTrue(p.toString(), !p.path("message").path("vi").asText().isEmpty());
    assertTrue(p.toString(), !p.path("hint").path("en").asText().isEmpty());
  }
}
