package vn.edudx.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.CollectorStatus;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.ImportProgress;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;

/** edudx:collectors and edudx:import over a fake pipeline, their output read back. */
class CollectorAndImportCommandsTest {

  private static final Instant AT = Instant.parse("2025-05-02T08:30:00Z");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Pipeline pipeline = new Pipeline();
  private PrintStream original;

  @BeforeEach
  void captureOutput() {
    original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(original);
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Answers with a batch of the given status and problems, reporting the rows it was told to. */
  private static final class Pipeline implements IngestService {
    final List<Delivery> received = new ArrayList<>();
    ImportBatch.Status status = ImportBatch.Status.ACCEPTED;
    List<Problem> problems = List.of();
    int[] progress = {};

    @Override
    public IngestResult ingest(IncomingBatch batch) {
      throw new UnsupportedOperationException();
    }

    @Override
    public IngestResult ingestFile(Delivery d) {
      return ingestFile(d, rows -> {});
    }

    @Override
    public IngestResult ingestFile(Delivery d, IntConsumer rowsRead) {
      received.add(d);
      for (int rows : progress) {
        rowsRead.accept(rows);
      }
      BatchHeader h =
          new BatchHeader(d.source(), d.instance(), d.fileName(), "c", d.receivedAt(), "x");
      int stored = status == ImportBatch.Status.ACCEPTED ? 2500 : 0;
      return new IngestResult(
          new ImportBatch(42, h, status, 2500, stored, null, problems),
          Set.of(),
          new LocalizedText("tóm tắt", "summary"));
    }
  }

  private ImportCommand command(String file) {
    ImportCommand c = new ImportCommand();
    c.ingest = pipeline;
    c.file = file;
    c.clock = Clock.fixed(AT, ZoneOffset.UTC);
    return c;
  }

  @Test
  void importSendsTheFileAsTheShellAndShowsProgressAndTheOutcome() throws IOException {
    Path csv = Files.writeString(dir.resolve("so-lieu.csv"), "a,b\n1,2\n");
    pipeline.progress = new int[] {1_000, 2_000};
    ImportCommand c = command(csv.toString());
    c.acceptValidRows = true;

    c.execute();

    Delivery d = pipeline.received.get(0);
    assertThat(d.source()).isEqualTo("shell");
    assertThat(d.instance()).isEqualTo("default");
    assertThat(d.fileName()).isEqualTo("so-lieu.csv");
    assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
    assertThat(d.receivedAt()).isEqualTo(AT);
    assertThat(d.receivedBy()).startsWith("shell:");
    assertThat(d.acceptValidRows()).isTrue();
    assertThat(printed())
        .contains("\rĐã đọc 1000 dòng / Read 1000 rows")
        .contains("\rĐã đọc 2000 dòng / Read 2000 rows")
        .contains("Outcome: ACCEPTED (batch 42): 2500 rows, 2500 values stored.")
        .contains("Accepted: 1, rejected: 0, duplicate: 0.")
        .contains("tóm tắt")
        .contains("summary");
  }

  @Test
  void aRejectedImportListsEveryProblemWithItsRowAndColumn() throws IOException {
    Path csv = Files.writeString(dir.resolve("sai.csv"), "x");
    pipeline.status = ImportBatch.Status.REJECTED;
    pipeline.problems =
        List.of(
            new Problem(
                "row.value.range",
                "Giá trị",
                4,
                4,
                "130",
                new LocalizedText("Vượt quá 100", "Above 100"),
                new LocalizedText("Nhập 0–100", "Enter 0–100")),
            Problem.general(
                "file.no-rows",
                new LocalizedText("Không có dòng", "No rows"),
                new LocalizedText("Thêm dòng", "Add rows")));

    command(csv.toString()).execute();

    assertThat(printed())
        .contains("Accepted: 0, rejected: 1, duplicate: 0.")
        .contains("2 problem(s)")
        .contains("1. Dòng 4, cột 4 (Giá trị), giá trị \"130\": Vượt quá 100")
        .contains("   Row 4, column 4 (Giá trị), value \"130\": Above 100")
        .contains("   → Nhập 0–100")
        .contains("2. Cả tệp: Không có dòng")
        .contains("   The whole file: No rows")
        .doesNotContain("Đã đọc");
  }

  @Test
  void importRefusesAFolderAMissingFileAndAFileAboveTheLimit() throws IOException {
    Path big = dir.resolve("lon.csv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(ImportCommand.MAX_BYTES + 1); // sparse: nothing is written
    }

    command(dir.toString()).execute();
    command(dir.resolve("khong-co.csv").toString()).execute();
    command(big.toString()).execute();

    assertThat(pipeline.received).isEmpty();
    assertThat(printed())
        .contains(dir + " là một thư mục")
        .contains(dir + " is a folder")
        .contains("There is no file " + dir.resolve("khong-co.csv"))
        .contains("Không có tệp " + dir.resolve("khong-co.csv"))
        .contains("is 51 MB, above the 50 MB limit of one import")
        .contains("lớn 51 MB, quá giới hạn 50 MB");
  }

  @Test
  void collectorsShowsOneLinePerInstanceAndTheLastErrorInBothLanguages() {
    CollectorStatus running =
        new CollectorStatus(
            "file",
            "inbox",
            LocalizedText.of("d"),
            CollectorStatus.State.RUNNING,
            List.of("file.inbox.inbox"),
            AT,
            12,
            3,
            1,
            new LocalizedText("Tệp rỗng", "Empty file"),
            AT,
            null);
    CollectorStatus failed =
        new CollectorStatus(
            "pull",
            "csdl",
            LocalizedText.of("d"),
            CollectorStatus.State.FAILED,
            List.of(),
            null,
            0,
            0,
            0,
            null,
            null,
            null);

    CollectorsCommand.print(System.out, List.of(running, failed));

    String at = CollectorsCommand.time(AT);
    assertThat(printed())
        .contains("Collector, instance, state, last received")
        .containsPattern("file +inbox +RUNNING +" + at + " +12 +3  " + at)
        .contains("    Tệp rỗng\n    Empty file")
        .containsPattern("pull +csdl +FAILED +- +0 +0  -");
  }

  @Test
  void collectorsSaysWhenThereAreNone() {
    CollectorsCommand.print(System.out, List.of());

    assertThat(printed()).contains("feature:install edudx-collector-file");
  }

  @Test
  void collectorsListsTheImportsRunningNowWithTheirPhaseAndCounts() {
    CollectorsCommand.printRunning(System.out, List.of());
    assertThat(printed()).isEmpty();

    CollectorsCommand.printRunning(
        System.out,
        List.of(
            new ImportProgress(
                "file",
                "inbox",
                "toan-tinh.csv",
                "file:inbox",
                ImportProgress.Phase.STORING,
                2_000_000,
                1_999_000,
                AT)));

    assertThat(printed())
        .contains("Đang nhập (1)", "Importing now (1)")
        .containsPattern(
            "file +inbox +STORING +2000000 +1999000  "
                + CollectorsCommand.time(AT)
                + "  toan-tinh.csv");
  }
}
