package vn.edudx.collector.publicservices.internal;

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
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.collector.support.DropFolder;

/** The public-services drop folder in a real Camel context, with a stand-in for the pipeline. */
class PublicServicesCollectorTest {

  @TempDir Path inbox;
  private final List<IncomingBatch> ingested = new CopyOnWriteArrayList<>();
  private DefaultCamelContext camel;
  private PublicServicesCollector collector;

  /** Accepts a batch without problems, rejects one with problems, as the pipeline does. */
  private final IngestService pipeline =
      new IngestService() {
        @Override
        public IngestResult ingest(IncomingBatch batch) {
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
              "procedures are aggregated by its collector, not parsed by the core");
        }
      };

  @BeforeEach
  void start() throws Exception {
    collector =
        new PublicServicesCollector(
            pipeline,
            new ProceduresReader(ProceduresReaderTest::find),
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
        drop(
            "dvc-2025.csv",
            "unit,period,procedure,name,level,eligible,applications_total,applications_online\n"
                + "PGD,2025,1.001,A,4,1,10,5\n");

    await(() -> has("done", "dvc-2025.csv") && has("done", ".report.txt"));

    assertThat(collector.routeId()).isEqualTo("publicservices.test.inbox");
    IncomingBatch batch = ingested.get(0);
    assertThat(batch.header().source()).isEqualTo("publicservices");
    assertThat(batch.header().instance()).isEqualTo("test");
    assertThat(batch.header().origin()).isEqualTo("dvc-2025.csv");
    assertThat(batch.header().checksum()).isEqualTo(DropFolder.sha256(bytes)).hasSize(64);
    assertThat(batch.rows()).extracting(r -> r.value().text()).containsExactly("1", "1", "10", "5");
    assertThat(report("done")).contains("ĐÃ NHẬN / ACCEPTED").contains("dvc-2025.csv");
  }

  @Test
  void aBadSurveyMovesToErrorWithEveryProblemLocatedInBothLanguages() throws IOException {
    drop(
        "bad.csv",
        "unit,period,procedure,name,level,eligible,applications_total,applications_online\n"
            + "PGD,2025,1.001,A,4,maybe,10,5\n");

    await(() -> has("error", "bad.csv") && has("error", "bad.csv.report.txt"));

    assertThat(report("error"))
        .contains("KHÔNG NHẬN")
        .contains("Dòng 2, cột 6 (eligible), giá trị \"maybe\"")
        .contains("Row 2, column 6 (eligible), value \"maybe\"")
        .contains("→ Ghi 1, có hoặc yes nếu thủ tục đủ điều kiện")
        .contains("→ Write 1, có or yes when the procedure is eligible");
    assertThat(files("done")).isEmpty();
  }
}
