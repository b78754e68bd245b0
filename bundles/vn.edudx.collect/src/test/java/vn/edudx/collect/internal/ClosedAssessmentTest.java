package vn.edudx.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;
import vn.edudx.api.workflow.Transition;

/**
 * A self-assessment under review or approved takes no value from a collector, only from the
 * workflow's own edits; and a repeat is recognised before any rule is checked again.
 */
class ClosedAssessmentTest {

  private final Fakes.Observations observations = new Fakes.Observations();
  private final Assessments assessments = new Assessments();
  private final IngestPipeline pipeline =
      new IngestPipeline(
          new Fakes.Units(
              Fakes.school("TH01", SchoolLevel.TH),
              Fakes.school("TH02", SchoolLevel.TH),
              Fakes.school("TH03", SchoolLevel.TH)),
          observations,
          new Fakes.Registry(),
          new Fakes.Scoring(),
          assessments);

  private static final String CSV =
      "Mã đơn vị;Năm học;Mã chỉ số;Giá trị\n"
          + "TH01;2024-2025;t.pct;60\n"
          + "TH02;2024-2025;t.pct;70\n"
          + "TH03;2024-2025;t.pct;80\n"
          + "TH02;2023-2024;t.pct;50\n";

  private IngestResult deliver(String csv, boolean acceptValidRows) {
    return pipeline.ingestFile(
        new Delivery(
            "file",
            "default",
            "truong.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            Instant.now(),
            "file:default",
            acceptValidRows));
  }

  @Test
  void closedValuesAreLeftOutAtTheirCellAndTheOtherRowsAreStored() {
    assessments.put("TH01", "2024-2025", AssessmentState.SUBMITTED);
    assessments.put("TH02", "2024-2025", AssessmentState.APPROVED);
    assessments.put("TH03", "2024-2025", AssessmentState.RETURNED);

    IngestResult r = deliver(CSV, false);

    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.ACCEPTED);
    assertThat(r.batch().problems())
        .extracting(Problem::code, Problem::row, Problem::column, Problem::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("row.closed.submitted", 2, 4, "60"),
            org.assertj.core.groups.Tuple.tuple("row.closed.approved", 3, 4, "70"));
    Problem approved = r.batch().problems().get(1);
    assertThat(approved.message().vi()).contains("TH02", "2024-2025", "đã được duyệt");
    assertThat(approved.message().en()).contains("approved", "frozen");
    assertThat(approved.hint().vi()).contains("thu hồi");
    assertThat(observations.values)
        .extracting(v -> v.unitCode() + " " + v.period())
        .containsExactly("TH03 2024-2025", "TH02 2023-2024");
    assertThat(r.summary().en()).contains("2 values stored", "2 bad rows left out");
  }

  @Test
  void aDeliveryOfClosedValuesOnlyIsRejectedAndAnotherProblemStillRejectsTheFile() {
    assessments.put("TH01", "2024-2025", AssessmentState.SUBMITTED);
    String onlyClosed = "Mã đơn vị;Năm học;Mã chỉ số;Giá trị\nTH01;2024-2025;t.pct;60\n";
    assertThat(deliver(onlyClosed, false).batch().status()).isEqualTo(ImportBatch.Status.REJECTED);

    IngestResult bad = deliver(CSV + "TH03;2024-2025;t.yes;nhiều\n", false);
    assertThat(bad.batch().status()).isEqualTo(ImportBatch.Status.REJECTED);
    assertThat(bad.batch().problems())
        .extracting(Problem::code)
        .containsExactly("row.closed.submitted", "row.value.yes-no");
    assertThat(observations.values).isEmpty();
  }

  @Test
  void theWorkflowsOwnEditsStillReachASubmittedAssessment() {
    assessments.put("TH01", "2024-2025", AssessmentState.SUBMITTED);
    IncomingRow row =
        new IncomingRow(
            1,
            new Cell("TH01", 0, "unit"),
            new Cell("2024-2025", 0, "period"),
            new Cell("t.pct", 0, "indicator"),
            new Cell("65", 0, "value"),
            new Cell("", 0, "evidence"),
            new Cell("Kiểm tra lại minh chứng", 0, "note"));
    BatchHeader header =
        new BatchHeader(
            IngestService.EXTERNAL_EVALUATION_SOURCE,
            "default",
            "assessment/TH01/2024-2025",
            "edit-1",
            Instant.now(),
            "reviewer");

    IngestResult r = pipeline.ingest(new IncomingBatch(header, List.of(row), List.of(), false));

    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.ACCEPTED);
    assertThat(observations.values).singleElement().extracting(v -> v.value()).isEqualTo("65");
  }

  @Test
  void aFileAcceptedBeforeTheApprovalIsADuplicateAfterItNotARejection() {
    assertThat(deliver(CSV, false).batch().status()).isEqualTo(ImportBatch.Status.ACCEPTED);
    assessments.put("TH02", "2024-2025", AssessmentState.APPROVED);

    IngestResult again = deliver(CSV, false);

    assertThat(again.batch().status()).isEqualTo(ImportBatch.Status.DUPLICATE);
    assertThat(again.batch().problems()).isEmpty();
    assertThat(observations.values).hasSize(4);
  }

  /** Assessments of the fake set, by unit and period. */
  static final class Assessments implements AssessmentStore {
    private final List<Assessment> all = new ArrayList<>();

    void put(String unit, String period, AssessmentState state) {
      all.add(
          new Assessment(
              unit, period, "test-set", 1, state, false, null, false, null, null, null, null, 1));
    }

    @Override
    public Optional<Assessment> find(String unitCode, String period, String setId) {
      return all.stream()
          .filter(a -> a.unitCode().equals(unitCode) && a.period().equals(period))
          .filter(a -> a.setId().equals(setId))
          .findFirst();
    }

    @Override
    public List<Assessment> list(String period, AssessmentState state) {
      return all.stream()
          .filter(a -> a.period().equals(period) && (state == null || a.state() == state))
          .toList();
    }

    @Override
    public Assessment save(Assessment assessment, List<Transition> entries) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Transition> history(String unitCode, String period, String setId) {
      return List.of();
    }
  }
}
