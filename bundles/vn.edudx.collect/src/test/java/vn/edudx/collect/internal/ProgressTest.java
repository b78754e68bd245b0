package vn.edudx.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.ImportProgress;
import vn.edudx.api.collect.ImportProgress.Phase;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;

/** What the pipeline says about a delivery while it works on it, and that it forgets it after. */
class ProgressTest {

  private final Fakes.Observations observations = new Fakes.Observations();
  private final Fakes.Scoring scoring = new Fakes.Scoring();
  private static final int ROWS = 2 * IngestService.PROGRESS_STEP + 5;
  private final IngestPipeline pipeline =
      new IngestPipeline(
          new Fakes.Units(
              IntStream.range(0, ROWS)
                  .mapToObj(i -> Fakes.school("TH" + i, SchoolLevel.TH))
                  .toArray(OrgUnit[]::new)),
          observations,
          new Fakes.Registry(),
          scoring);

  private static byte[] file(int rows) {
    StringBuilder csv = new StringBuilder("Mã đơn vị,Năm học,Mã chỉ số,Giá trị\n");
    for (int i = 0; i < rows; i++) {
      csv.append("TH").append(i).append(",2024-2025,t.pct,").append(i % 100).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Delivery delivery(byte[] content) {
    return new Delivery("file", "inbox", "lon.csv", content, Instant.now(), "clerk", false);
  }

  @Test
  void aDeliveryIsOnTheBoardWithItsPhaseAndCountsUntilItIsDone() {
    List<ImportProgress> reading = new ArrayList<>();
    List<ImportProgress> storing = new ArrayList<>();
    List<ImportProgress> rescoring = new ArrayList<>();
    observations.onAccept = () -> storing.addAll(pipeline.running());
    scoring.onRescore = () -> rescoring.addAll(pipeline.running());
    int rows = ROWS;

    pipeline.ingestFile(delivery(file(rows)), read -> reading.addAll(pipeline.running()));

    assertThat(reading)
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.phase()).isEqualTo(Phase.READING))
        .extracting(ImportProgress::rows)
        .containsExactly(IngestService.PROGRESS_STEP, 2 * IngestService.PROGRESS_STEP);
    assertThat(storing)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.phase()).isEqualTo(Phase.STORING);
              assertThat(p.rows()).isEqualTo(rows);
              assertThat(p.values()).isEqualTo(rows);
              assertThat(p.origin()).isEqualTo("lon.csv");
              assertThat(p.source()).isEqualTo("file");
              assertThat(p.instance()).isEqualTo("inbox");
              assertThat(p.receivedBy()).isEqualTo("clerk");
            });
    assertThat(rescoring).isNotEmpty().allMatch(p -> p.phase() == Phase.RESCORING);
    assertThat(pipeline.running()).isEmpty();
  }

  @Test
  void aFileParsedAloneIsOnTheBoardWhileItIsRead() {
    List<ImportProgress> reading = new ArrayList<>();

    pipeline.parseFile(delivery(file(ROWS)), read -> reading.addAll(pipeline.running()));

    assertThat(reading)
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.phase()).isEqualTo(Phase.READING))
        .allSatisfy(p -> assertThat(p.origin()).isEqualTo("lon.csv"));
    assertThat(pipeline.running()).isEmpty();
    assertThat(observations.values).isEmpty();
  }

  @Test
  void aDeliveryThatFailsLeavesTheBoardToo() {
    observations.onAccept =
        () -> {
          throw new IllegalStateException("database down");
        };

    assertThatThrownBy(() -> pipeline.ingestFile(delivery(file(3))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database down");

    assertThat(pipeline.running()).isEmpty();
    assertThat(observations.values).isEmpty();
  }
}
