package vn.edudx.collector.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.collector.support.DropFolder;

/** The survey drop folder in a real Camel context, with a stand-in for the pipeline. */
class SurveyCollectorTest {

  @TempDir Path inbox;
  private final List<IncomingBatch> ingested = new CopyOnWriteArrayList<>();
  private volatile RuntimeException failWith;
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private DefaultCamelContext camel;
  private SurveyCollector collector;

  /** Accepts a batch without problems, rejects one with problems, as the pipeline does. */
  private final IngestService pipeline =
      new IngestService() {
        @Override
        public IngestResult ingest(IncomingBatch batch) {
          if (failWith != null) {
            failedAttempts.incrementAndGet();
            throw failWith;
          }
          ingested.add(batch);
          boolean good = batch.parseProblems().isEmpty();
          ImportBatch b =
              new ImportBatch(
                  7,
                  batch.header(),
                  good ? ImportBatch.Status.ACCEPTED : ImportBatch.Status.REJECTED,
                  batch.rows().size(),
                  good ? batch.rows().size() : 0,
                  null,
                  batch.parseProblems());
          return new IngestResult(b, Set.of(), LocalizedText.of(good ? "ok" : "rejected"));
        }

        @Override
        public IngestResult ingestFile(Delivery d) {
          throw new AssertionError(
              "a survey is aggregated by its collector, not parsed by the core");
        }
      };

  @BeforeEach
  void start() throws Exception {
    collector =
        new SurveyCollector(
            pipeline,
            new SurveyReader(SurveyReaderTest::find),
            new DropFolder.Settings("test", inbox.toString(), false, 100, 50, 5),
            Clock.systemDefaultZone());
    camel = new DefaultCamelContext();
    camel.start();
    camel.addRoutes(collector.routes());
  }

  @AfterEach
  void stop() {
    camel.stop();
  }

  private byte[] drop(String name, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Path part = inbox.resolve(name + ".part");
    Files.write(part, bytes);
    Files.move(part, inbox.resolve(name));
    return bytes;
  }

  private static void await(BooleanSupplier condition) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
  }

  private List<Path> files(String folder) {
    Path dir = inbox.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private boolean has(String folder, String suffix) {
    return files(folder).stream().anyMatch(p -> p.getFileName().toString().endsWith(suffix));
  }

  private String report(String folder) throws IOException {
    return Files.readString(
        files(folder).stream().filter(p -> p.toString().endsWith(".report.txt")).findFirst().get());
  }

  @Test
  void aGoodSurveyIsIngestedWithItsProvenanceAndMovesToDoneWithAReport() throws IOException {
    byte[] bytes =
        drop("khao-sat-2025.csv", "unit,period,respondent,satisfied\nTH01,2025,LEARNER,1\n");

    await(() -> has("done", "khao-sat-2025.csv") && has("done", ".report.txt"));

    assertThat(collector.routeId()).isEqualTo("survey.test.inbox");
    IncomingBatch batch = ingested.get(0);
    assertThat(batch.header().source()).isEqualTo("survey");
    assertThat(batch.header().instance()).isEqualTo("test");
    assertThat(batch.header().origin()).isEqualTo("khao-sat-2025.csv");
    assertThat(batch.header().checksum()).isEqualTo(DropFolder.sha256(bytes)).hasSize(64);
    assertThat(batch.rows()).extracting(r -> r.value().text()).containsExactly("100.00");
    assertThat(report("done")).contains("ĐÃ NHẬN / ACCEPTED").contains("khao-sat-2025.csv");
  }

  @Test
  void aBadSurveyMovesToErrorWithEveryProblemLocatedInBothLanguages() throws IOException {
    drop("bad.csv", "unit,period,respondent,satisfied\nTH01,2025,STUDENT,1\n");

    await(() -> has("error", "bad.csv") && has("error", "bad.csv.report.txt"));

    assertThat(report("error"))
        .contains("KHÔNG NHẬN")
        .contains("Dòng 2, cột 3 (respondent), giá trị \"STUDENT\"")
        .contains("Row 2, column 3 (respondent), value \"STUDENT\"")
        .contains("→ Ghi LEARNER (người học)")
        .contains("→ Write LEARNER, PARENT, CITIZEN or ORGANISATION.");
    assertThat(files("done")).isEmpty();
  }

  @Test
  void aSurveyWhoseProcessingFailsStaysAndIsTakenWhenEduDxRecovers() throws IOException {
    failWith = new IllegalStateException("database down");
    drop("later.csv", "unit,period,respondent,satisfied\nTH01,2025,LEARNER,1\n");

    await(() -> failedAttempts.get() >= 2);
    assertThat(Files.exists(inbox.resolve("later.csv"))).isTrue();
    assertThat(files("error")).isEmpty();

    failWith = null;
    await(() -> has("done", "later.csv"));
    assertThat(ingested).hasSize(1);
  }

  @Test
  void aSurveyLargerThanAllowedIsRejectedUnreadWithItsChecksum() throws Exception {
    Path big = inbox.resolve("big");
    Files.createDirectories(big);
    camel.addRoutes(
        new SurveyCollector(
                pipeline,
                new SurveyReader(SurveyReaderTest::find),
                new DropFolder.Settings("big", big.toString(), false, 100, 0, 5),
                Clock.systemDefaultZone())
            .routes());
    Files.writeString(big.resolve("big.csv.part"), "unit,period,respondent,satisfied\n");
    Files.move(big.resolve("big.csv.part"), big.resolve("big.csv"));

    await(() -> has("big/error", "big.csv.report.txt"));

    IncomingBatch batch = ingested.get(0);
    assertThat(batch.parseProblems()).extracting(Problem::code).containsExactly("file.too-large");
    assertThat(batch.header().checksum())
        .isEqualTo(
            DropFolder.sha256(
                "unit,period,respondent,satisfied\n".getBytes(StandardCharsets.UTF_8)));
  }
}
