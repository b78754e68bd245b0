package vn.edudx.collector.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;

/** The drop-folder route in a real Camel context, with a stand-in for the pipeline. */
class FileCollectorTest {

  @TempDir Path inbox;
  private final List<Delivery> delivered = new CopyOnWriteArrayList<>();
  private final List<IncomingBatch> refused = new CopyOnWriteArrayList<>();
  private volatile RuntimeException failWith;
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private DefaultCamelContext camel;

  /** Accepts files whose name starts with "good", rejects the others with one problem. */
  private final IngestService pipeline =
      new IngestService() {
        @Override
        public IngestResult ingest(IncomingBatch batch) {
          // Only the drop folder's own refusals (a file too large) come this way.
          refused.add(batch);
          ImportBatch b =
              new ImportBatch(
                  8,
                  batch.header(),
                  ImportBatch.Status.REJECTED,
                  0,
                  0,
                  null,
                  batch.parseProblems());
          return new IngestResult(b, Set.of(), LocalizedText.of("rejected"));
        }

        @Override
        public IngestResult ingestFile(Delivery d) {
          if (failWith != null) {
            failedAttempts.incrementAndGet();
            throw failWith;
          }
          delivered.add(d);
          boolean good = d.fileName().startsWith("good");
          BatchHeader h =
              new BatchHeader(d.source(), d.instance(), d.fileName(), "c", d.receivedAt(), "t");
          Problem p =
              new Problem(
                  "row.value.range",
                  "Giá trị",
                  4,
                  4,
                  "130",
                  new LocalizedText("Giá trị 130 nằm ngoài khoảng", "Value 130 is out of range"),
                  new LocalizedText("Ghi từ 0 đến 100", "Write 0 to 100"));
          ImportBatch b =
              new ImportBatch(
                  7,
                  h,
                  good ? ImportBatch.Status.ACCEPTED : ImportBatch.Status.REJECTED,
                  3,
                  good ? 3 : 0,
                  null,
                  good ? List.of() : List.of(p));
          return new IngestResult(b, Set.of(), LocalizedText.of(good ? "ok" : "rejected"));
        }
      };

  @BeforeEach
  void start() throws Exception {
    FileCollector collector = new FileCollector(pipeline, config("test", inbox, 50));
    camel = new DefaultCamelContext();
    camel.start();
    camel.addRoutes(collector.routes());
  }

  @AfterEach
  void stop() {
    camel.stop();
  }

  private static FileCollectorConfig config(String name, Path dir, int maxMegabytes) {
    return new FileCollectorConfig() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return FileCollectorConfig.class;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public String directory() {
        return dir.toString();
      }

      @Override
      public boolean acceptValidRows() {
        return false;
      }

      @Override
      public long pollMillis() {
        return 100;
      }

      @Override
      public int maxFileMegabytes() {
        return maxMegabytes;
      }

      @Override
      public int maxAttempts() {
        return 5;
      }
    };
  }

  private void drop(String name, String content) throws IOException {
    Path part = inbox.resolve(name + ".part");
    Files.writeString(part, content, StandardCharsets.UTF_8);
    Files.move(part, inbox.resolve(name));
  }

  private static void await(BooleanSupplier condition) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
  }

  private List<Path> files(String folder) throws IOException {
    Path dir = inbox.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private boolean has(String folder, String suffix) {
    try {
      return files(folder).stream().anyMatch(p -> p.getFileName().toString().endsWith(suffix));
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void anAcceptedFileMovesToDoneWithItsReportAndItsBytesReachThePipeline() throws IOException {
    drop("good-th01.csv", "Mã đơn vị,Năm học\n");

    await(() -> has("done", "good-th01.csv") && has("done", "good-th01.csv.report.txt"));

    assertThat(Files.exists(inbox.resolve("good-th01.csv"))).isFalse();
    assertThat(delivered)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.source()).isEqualTo("file");
              assertThat(d.instance()).isEqualTo("test");
              assertThat(new String(d.content(), StandardCharsets.UTF_8))
                  .isEqualTo("Mã đơn vị,Năm học\n");
            });
    Path report =
        files("done").stream().filter(p -> p.toString().endsWith(".report.txt")).findFirst().get();
    assertThat(Files.readString(report)).contains("ĐÃ NHẬN / ACCEPTED").contains("good-th01.csv");
  }

  @Test
  void aWorkbookReachesThePipelineByteForByte() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 0, (byte) 0xff, 0, 1};
    Path part = inbox.resolve("good-th01.xlsx.part");
    Files.write(part, zip);
    Files.move(part, inbox.resolve("good-th01.xlsx"));

    await(() -> has("done", "good-th01.xlsx"));

    assertThat(delivered).singleElement().satisfies(d -> assertThat(d.content()).isEqualTo(zip));
  }

  @Test
  void aRejectedFileMovesToErrorWithAReportNamingRowColumnAndFixInBothLanguages()
      throws IOException {
    drop("bad.csv", "x");

    await(() -> has("error", "bad.csv") && has("error", "bad.csv.report.txt"));

    Path report =
        files("error").stream().filter(p -> p.toString().endsWith(".report.txt")).findFirst().get();
    assertThat(Files.readString(report))
        .contains("KHÔNG NHẬN")
        .contains("Dòng 4, cột 4 (Giá trị), giá trị \"130\"")
        .contains("Row 4, column 4 (Giá trị), value \"130\"")
        .contains("→ Ghi từ 0 đến 100")
        .contains("→ Write 0 to 100");
    assertThat(files("done")).isEmpty();
  }

  @Test
  void aFileWhoseProcessingFailsStaysInTheFolderAndIsTakenWhenEduDxRecovers() throws IOException {
    failWith = new IllegalStateException("database down");
    drop("good-later.csv", "x");

    // It stays while processing fails, and is tried again...
    await(() -> failedAttempts.get() >= 2);
    assertThat(Files.exists(inbox.resolve("good-later.csv"))).isTrue();
    assertThat(files("error")).isEmpty();

    // ...and is taken once it works again.
    failWith = null;
    await(() -> has("done", "good-later.csv"));
    assertThat(delivered).hasSize(1);
  }

  @Test
  void aFileThatKeepsFailingGoesToErrorWithAReportAfterTheLastAttempt() throws IOException {
    failWith = new IllegalStateException("cannot reach the database");
    drop("good-poison.csv", "x");

    await(() -> has("error", "good-poison.csv") && has("error", "good-poison.csv.report.txt"));

    assertThat(failedAttempts.get()).isEqualTo(5);
    Path report =
        files("error").stream().filter(p -> p.toString().endsWith(".report.txt")).findFirst().get();
    assertThat(Files.readString(report))
        .contains("KHÔNG XỬ LÝ ĐƯỢC")
        .contains("COULD NOT BE PROCESSED")
        .contains("cannot reach the database")
        .contains("5 lần thử");
  }

  @Test
  void aFileLargerThanAllowedIsRejectedUnreadWithItsChecksum() throws Exception {
    Path big = inbox.resolve("big");
    Files.createDirectories(big);
    camel.addRoutes(new FileCollector(pipeline, config("big", big, 0)).routes());
    Files.writeString(big.resolve("big.csv.part"), "Mã đơn vị\n".repeat(1000));
    Files.move(big.resolve("big.csv.part"), big.resolve("big.csv"));

    await(() -> Files.exists(big.resolve("error")) && refused.size() == 1);

    IncomingBatch batch = refused.get(0);
    assertThat(batch.parseProblems()).extracting(Problem::code).containsExactly("file.too-large");
    assertThat(batch.parseProblems().get(0).message().en()).contains("big.csv").contains("0 MB");
    assertThat(batch.header().checksum()).hasSize(64);
    assertThat(delivered).isEmpty();
  }

  @Test
  void partialUploadsAndHiddenFilesAreLeftAlone() throws IOException {
    Files.writeString(inbox.resolve("good-big.csv.part"), "x");
    Files.writeString(inbox.resolve(".~lock.good.csv#"), "x");
    Files.writeString(inbox.resolve("~$good-th01.xlsx"), "x"); // Excel's lock file
    drop("good-small.csv", "x");

    await(() -> has("done", "good-small.csv"));

    assertThat(delivered).extracting(Delivery::fileName).containsExactly("good-small.csv");
    assertThat(Files.exists(inbox.resolve("good-big.csv.part"))).isTrue();
    assertThat(Files.exists(inbox.resolve("~$good-th01.xlsx"))).isTrue();
  }
}
