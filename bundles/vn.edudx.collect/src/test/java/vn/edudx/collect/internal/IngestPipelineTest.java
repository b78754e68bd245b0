package vn.edudx.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.unit.SchoolLevel;

class IngestPipelineTest {

  private final Fakes.Units units =
      new Fakes.Units(
          Fakes.school("TH01", SchoolLevel.TH),
          Fakes.school("TH02", SchoolLevel.TH),
          Fakes.school("MN01", SchoolLevel.MN));
  private final Fakes.Observations observations = new Fakes.Observations();
  private final Fakes.Scoring scoring = new Fakes.Scoring();
  private final IngestPipeline pipeline =
      new IngestPipeline(units, observations, new Fakes.Registry(), scoring);

  private IngestResult deliver(String name, String csv, boolean acceptValidRows) {
    return pipeline.ingestFile(
        new Delivery(
            "file",
            "default",
            name,
            csv.getBytes(StandardCharsets.UTF_8),
            Instant.now(),
            "tester",
            acceptValidRows));
  }

  private static final String GOOD =
      "Mã đơn vị,Năm học,Mã chỉ số,Giá trị,Minh chứng\n"
          + "TH01,2024-2025,t.yes,Có,https://th01.edu.vn/ke-hoach\n"
          + "TH01,2024-2025,t.pct,\"85,5\",\n"
          + "TH02,2024-2025,t.pct,40%,\n";

  @Test
  void aGoodFileIsStoredInCanonicalFormWithItsRowsAndItsSchoolsAreRescored() {
    IngestResult r = deliver("good.csv", GOOD, false);

    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.ACCEPTED);
    assertThat(observations.values)
        .extracting(
            NewObservation::unitCode,
            NewObservation::indicatorCode,
            NewObservation::value,
            NewObservation::row)
        .containsExactly(
            tuple("TH01", "t.yes", "true", 2),
            tuple("TH01", "t.pct", "85.5", 3),
            tuple("TH02", "t.pct", "40", 4));
    assertThat(observations.values.get(0).evidence()).isEqualTo("https://th01.edu.vn/ke-hoach");
    assertThat(scoring.asked.get("2024-2025")).containsExactlyInAnyOrder("TH01", "TH02");
    assertThat(r.unitsRescored()).containsExactlyInAnyOrder("TH01", "TH02");
    assertThat(r.summary().vi()).contains("lưu 3 giá trị");
  }

  @Test
  void aChoiceMustBeOneOfTheAnswersTheIndicatorLists() {
    String csv =
        "Mã đơn vị,Năm học,Mã chỉ số,Giá trị\n"
            + "TH01,2024-2025,t.choice, PART \n"
            + "TH02,2024-2025,t.choice,MAYBE\n";

    IngestResult r = deliver("choice.csv", csv, true);

    assertThat(r.batch().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("row.value.allowed");
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.hint().vi()).contains("FULL, PART");
            });
    assertThat(observations.values).extracting(v -> v.value()).containsExactly("PART");
  }

  @Test
  void aFileWithBadRowsIsRejectedWholeWithEveryProblemAndItsPlace() {
    String csv =
        "Mã đơn vị;Năm học;Mã chỉ số;Giá trị\r\n"
            + "TH01;2024-2025;t.yes;có\r\n"
            + "XX99;2024-2025;t.yes;có\r\n"
            + "TH01;2024-2025;t.pct;130\r\n"
            + "TH02;2024-2025;t.yes;\r\n";

    IngestResult r = deliver("bad.csv", csv, false);

    assertThat(r.accepted()).isFalse();
    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.REJECTED);
    assertThat(r.batch().problems())
        .extracting(Problem::code, Problem::row, Problem::column, Problem::field, Problem::value)
        .containsExactly(
            tuple("row.unit.unknown", 3, 1, "Mã đơn vị", "XX99"),
            tuple("row.value.range", 4, 4, "Giá trị", "130"),
            tuple("row.value.required", 5, 4, "Giá trị", null));
    assertThat(r.batch().problems().get(1).message().vi()).contains("130").contains("0–100");
    assertThat(r.batch().problems().get(1).hint().en()).contains("0–100");
    assertThat(observations.values).isEmpty();
    assertThat(scoring.asked).isEmpty();
  }

  @Test
  void theSameFileTwiceIsStoredOnceAndNotRescoredAgain() {
    deliver("good.csv", GOOD, false);
    scoring.asked.clear();

    IngestResult again = deliver("good-copy.csv", GOOD, false);

    assertThat(again.batch().status()).isEqualTo(ImportBatch.Status.DUPLICATE);
    assertThat(observations.values).hasSize(3);
    assertThat(scoring.asked).isEmpty();
    assertThat(again.summary().en()).contains("received before");
  }

  @Test
  void whenAskedTheValidRowsOfABadFileAreStoredAndTheBadOnesReported() {
    String csv = GOOD + "TH02,2024-2025,t.yes,perhaps\n";

    IngestResult r = deliver("mixed.csv", csv, true);

    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.ACCEPTED);
    assertThat(r.batch().stored()).isEqualTo(3);
    assertThat(r.batch().problems()).extracting(Problem::code).containsExactly("row.value.yes-no");
  }

  @Test
  void anIndicatorOfAnotherLevelAndARepeatedRowAreRefused() {
    String csv =
        "unit,period,indicator,value\n"
            + "MN01,2024-2025,t.yes,yes\n"
            + "TH01,2024 - 2025,t.yes,yes\n"
            + "TH01,2024-2025,t.yes,no\n"
            + "TH01,2024-2026,t.pct,5\n";

    IngestResult r = deliver("levels.csv", csv, false);

    assertThat(r.batch().problems())
        .extracting(Problem::code, Problem::row)
        .containsExactly(
            tuple("row.indicator.not-applicable", 2),
            tuple("row.duplicate", 4),
            tuple("row.period.invalid", 5));
    assertThat(r.batch().problems().get(0).message().en()).contains("Preschool");
  }

  @Test
  void whetherAnIndicatorAppliesIsDecidedForEachUnitsLevelRowAfterRow() {
    String csv =
        "unit,period,indicator,value\n"
            + "TH01,2024-2025,t.yes,yes\n"
            + "MN01,2024-2025,t.yes,yes\n"
            + "TH02,2024-2025,t.yes,no\n"
            + "MN01,2024-2025,t.pct,5\n"
            + "TH02,2024-2025,t.pct,5\n";

    IngestResult r = deliver("mixed.csv", csv, true);

    assertThat(r.batch().problems())
        .extracting(Problem::code, Problem::row)
        .containsExactly(
            tuple("row.indicator.not-applicable", 3), tuple("row.indicator.not-applicable", 5));
    assertThat(observations.values)
        .extracting(NewObservation::unitCode, NewObservation::indicatorCode)
        .containsExactly(tuple("TH01", "t.yes"), tuple("TH02", "t.yes"), tuple("TH02", "t.pct"));
  }

  @Test
  void aFileThatIsNotCsvOrNotUtf8OrHasNoIndicatorColumnIsRejectedWithTheReason() {
    assertThat(deliver("scores.ods", "PK...", false).batch().problems())
        .extracting(Problem::code)
        .containsExactly("file.type");

    byte[] latin1 = "Mã đơn vị,Năm học,Mã chỉ số,Giá trị\n".getBytes(StandardCharsets.ISO_8859_1);
    IngestResult notUtf8 =
        pipeline.ingestFile(
            new Delivery("file", "default", "x.csv", latin1, Instant.now(), "t", false));
    assertThat(notUtf8.batch().problems())
        .extracting(Problem::code)
        .containsExactly("file.encoding");

    assertThat(
            deliver("cols.csv", "Mã đơn vị,Năm học,Giá trị\nTH01,2024-2025,1\n", false)
                .batch()
                .problems())
        .extracting(Problem::code, Problem::field)
        .containsExactly(tuple("file.column.missing", "Mã chỉ số"));

    assertThat(
            deliver("empty.csv", "Mã đơn vị,Năm học,Mã chỉ số,Giá trị\n", false).batch().problems())
        .extracting(Problem::code)
        .containsExactly("file.no-rows");
    assertThat(observations.values).isEmpty();
  }

  @Test
  void aRowNumberIsTheLineTheRowIsOnEvenAfterBlankLines() {
    String csv =
        "Mã đơn vị,Năm học,Mã chỉ số,Giá trị\n"
            + "TH01,2024-2025,t.yes,có\n"
            + "\n"
            + ",,,\n"
            + "TH01,2024-2025,t.pct,abc\n";

    IngestResult r = deliver("gaps.csv", csv, false);

    assertThat(r.batch().problems())
        .extracting(Problem::code, Problem::row)
        .containsExactly(tuple("row.value.number", 5));
    assertThat(r.batch().rows()).isEqualTo(2);
  }

  @Test
  void rowNumbersCountBlankLinesAndOldMacLineEnds() {
    String blank =
        "Mã đơn vị,Năm học,Mã chỉ số,Giá trị\nTH01,2024-2025,t.yes,có\n\n\nTH01,2024-2025,t.pct,x\n";
    String cr = blank.replace("\n", "\r");

    assertThat(deliver("blank.csv", blank, false).batch().problems())
        .extracting(Problem::row)
        .containsExactly(5);
    assertThat(deliver("cr.csv", cr, false).batch().problems())
        .extracting(Problem::row)
        .containsExactly(5);
  }

  @Test
  void anEvidenceLinkLongerThanTheStoreTakesIsAProblemOfItsRow() {
    String csv =
        "Mã đơn vị,Năm học,Mã chỉ số,Giá trị,Minh chứng\n"
            + "TH01,2024-2025,t.yes,có,https://x.vn/"
            + "a".repeat(2100)
            + "\n";

    IngestResult r = deliver("long.csv", csv, false);

    assertThat(r.batch().problems())
        .extracting(Problem::code, Problem::row, Problem::column)
        .containsExactly(tuple("row.text.too-long", 2, 5));
    assertThat(r.batch().problems().get(0).message().vi()).contains("2113").contains("2000");
  }

  @Test
  void headersAndValuesInDecomposedUnicodeWithABomAreRead() {
    String nfd = java.text.Normalizer.normalize(GOOD, java.text.Normalizer.Form.NFD);

    IngestResult r = deliver("nfd.csv", "\uFEFF" + nfd.replace("\n", "\r\n"), false);

    assertThat(r.batch().status()).isEqualTo(ImportBatch.Status.ACCEPTED);
    assertThat(observations.values).extracting(NewObservation::value).contains("true", "85.5");
  }

  @Test
  void aLargeFileReportsItsProgressEveryThousandRows() {
    StringBuilder csv = new StringBuilder("Mã đơn vị,Năm học,Mã chỉ số,Giá trị\n");
    for (int i = 0; i < 2_500; i++) {
      csv.append(i % 2 == 0 ? "TH01" : "TH02").append(",2024-2025,t.pct,").append(i % 100);
      csv.append('\n');
    }
    List<Integer> reported = new ArrayList<>();

    IngestResult r =
        pipeline.ingestFile(
            new Delivery(
                "shell",
                "default",
                "big.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8),
                Instant.now(),
                "tester",
                false),
            reported::add);

    assertThat(reported).containsExactly(1_000, 2_000);
    assertThat(r.batch().rows()).isEqualTo(2_500);
  }
}
