package vn.edudx.collector.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.collector.support.DropFolder;

/** Survey files read and aggregated, with figures computed by hand. */
class SurveyReaderTest {

  static final List<OrgUnit> REGISTER =
      List.of(
          new OrgUnit(
              "TH01", "Trường TH 1", UnitType.SCHOOL, SchoolLevel.TH, "NN", "PGD", null, null, "t"),
          new OrgUnit(
              "THCS02",
              "Trường THCS 2",
              UnitType.SCHOOL,
              SchoolLevel.THCS,
              "NN",
              "PGD",
              null,
              null,
              "t"),
          new OrgUnit(
              "PGD", "Phòng GD&ĐT Ngã Năm", UnitType.OFFICE, null, "NN", null, null, null, "t"));

  private final SurveyReader reader = new SurveyReader(SurveyReaderTest::find);

  static List<OrgUnit> find(Collection<String> codes) {
    return REGISTER.stream().filter(u -> codes.contains(u.code())).toList();
  }

  private DropFolder.Reading read(String csv, boolean acceptValidRows) {
    return read(csv.getBytes(StandardCharsets.UTF_8), acceptValidRows);
  }

  private DropFolder.Reading read(byte[] content, boolean acceptValidRows) {
    BatchHeader h = new BatchHeader("survey", "test", "s.csv", "c", Instant.EPOCH, "t");
    return reader.read(h, content, acceptValidRows);
  }

  private static final String NINE_AND_FOUR =
      """
      unit,period,respondent,satisfied
      TH01,2025,LEARNER,1
      TH01,2025,LEARNER,có
      TH01,2025,PARENT,yes
      PGD,2025,CITIZEN,1
      TH01,2025,PARENT,x
      TH01,2025,LEARNER,0
      TH01,2025,PARENT,1
      PGD,2025,ORGANISATION,không
      TH01,2025,LEARNER,1
      TH01,2025,LEARNER,không
      TH01,2025,PARENT,1
      PGD,2025,CITIZEN,yes
      PGD,2025,CITIZEN,1
      """;

  @Test
  void sevenOfNineSatisfiedIsSeventySevenPointSeventyEightPercentAtTheUnitsFirstRow() {
    DropFolder.Reading r = read(NINE_AND_FOUR, false);

    assertThat(r.batch().parseProblems()).isEmpty();
    assertThat(r.leftOut()).isEmpty();
    List<IncomingRow> rows = r.batch().rows();
    assertThat(rows).hasSize(2);
    IncomingRow school = rows.get(0);
    assertThat(school.row()).isEqualTo(2);
    assertThat(school.unit().text()).isEqualTo("TH01");
    assertThat(school.unit().column()).isEqualTo(1);
    assertThat(school.period().text()).isEqualTo("2025");
    assertThat(school.indicator().text()).isEqualTo("plan.satisfaction-learners");
    assertThat(school.value().text()).isEqualTo("77.78");
    assertThat(school.note().text()).isEqualTo("7/9");
    IncomingRow office = rows.get(1);
    assertThat(office.row()).isEqualTo(5);
    assertThat(office.indicator().text()).isEqualTo("plan.satisfaction-public");
    assertThat(office.value().text()).isEqualTo("75.00"); // 3 of 4
  }

  @Test
  void unitsAndYearsAreCountedApart() {
    DropFolder.Reading r =
        read(
            """
            unit,period,respondent,satisfied
            TH01,2024,LEARNER,1
            TH01,2025,LEARNER,0
            THCS02,2025,PARENT,1
            TH01,2024,PARENT,0
            TH01,2024,PARENT,1
            """,
            false);

    assertThat(r.batch().rows())
        .extracting(x -> x.unit().text() + " " + x.period().text() + " " + x.value().text())
        .containsExactly("TH01 2024 66.67", "TH01 2025 0.00", "THCS02 2025 100.00");
  }

  @Test
  void readsBomSemicolonsCrlfDecimalCommaScoresAndDecomposedVietnamese() {
    String csv =
        "Mã đơn vị;Năm;Đối tượng;Điểm\r\n"
            + "TH01;2025;Người học;4,5\r\n"
            + "TH01;2025;phụ huynh;3,9\r\n"
            + "\r\n"
            + "TH01;2025;PARENT;4\r\n"
            + "TH01;2025;learner;2\r\n";
    byte[] nfd = Normalizer.normalize(csv, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] content = new byte[bom.length + nfd.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(nfd, 0, content, bom.length, nfd.length);

    DropFolder.Reading r = read(content, false);

    assertThat(r.batch().parseProblems()).isEmpty();
    IncomingRow row = r.batch().rows().get(0);
    assertThat(row.value().text()).isEqualTo("50.00"); // 4,5 and 4 of four answers
    assertThat(row.unit().header()).isEqualTo("Mã đơn vị"); // NFC again
    assertThat(row.row()).isEqualTo(2);
  }

  @Test
  void aMissingColumnIsReportedOnTheHeaderLine() {
    DropFolder.Reading r = read("unit,year,satisfied\nTH01,2025,1\n", false);

    assertThat(r.batch().rows()).isEmpty();
    assertThat(r.batch().parseProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("file.column.missing");
              assertThat(p.row()).isEqualTo(1);
              assertThat(p.message().vi()).contains("Thiếu cột respondent");
              assertThat(p.message().en()).contains("unit | year | satisfied");
              assertThat(p.hint().en()).contains("doi_tuong");
            });
  }

  @Test
  void everyRowProblemIsLocatedByRowAndColumnAndTheWholeFileIsRejectedByDefault() {
    DropFolder.Reading r =
        read(
            """
            unit,period,respondent,satisfied
            TH01,2025,LEARNER,1
            TH01,2025,STUDENT,1
            PGD,2025,PARENT,1
            TH01,2025,CITIZEN,1
            TH01,2025,LEARNER,maybe
            TH01,2024-2025,LEARNER,1
            ,2025,LEARNER,1
            TH01,2025,LEARNER,
            """,
            false);

    assertThat(r.batch().parseProblems())
        .extracting(p -> p.code() + "@" + p.row() + ":" + p.column() + "=" + p.value())
        .containsExactly(
            "row.respondent.unknown@3:3=STUDENT",
            "row.respondent.not-school@4:3=PARENT",
            "row.respondent.not-office@5:3=CITIZEN",
            "row.answer.invalid@6:4=maybe",
            "row.period.invalid@7:2=2024-2025",
            "row.unit.required@8:1=null",
            "row.answer.required@9:4=null");
    Problem notSchool = r.batch().parseProblems().get(1);
    assertThat(notSchool.message().vi()).contains("PGD không phải là trường");
    assertThat(notSchool.hint().en()).contains("CITIZEN or ORGANISATION");
    assertThat(r.leftOut()).isEmpty();
  }

  @Test
  void aScoreOutsideOneToFiveIsABadAnswer() {
    DropFolder.Reading r = read("unit,period,respondent,score\nTH01,2025,LEARNER,6\n", false);

    assertThat(r.batch().parseProblems())
        .extracting(p -> p.code() + "@" + p.row() + ":" + p.column())
        .containsExactly("row.score.invalid@2:4");
  }

  @Test
  void acceptingValidRowsStoresOnlyTheUnitsWhoseRowsAreAllGoodAndReportsTheRest() {
    DropFolder.Reading r =
        read(
            """
            unit,period,respondent,satisfied
            TH01,2025,LEARNER,1
            THCS02,2025,LEARNER,1
            TH01,2025,LEARNER,?
            THCS02,2025,PARENT,0
            """,
            true);

    assertThat(r.batch().parseProblems()).isEmpty();
    assertThat(r.batch().rows())
        .extracting(x -> x.unit().text() + " " + x.value().text())
        .containsExactly("THCS02 50.00");
    assertThat(r.leftOut()).extracting(Problem::row).containsExactly(4);
  }

  @Test
  void aFileThatIsNotUtf8IsRejectedWhole() {
    DropFolder.Reading r = read(new byte[] {'u', ',', (byte) 0xC3, '\n'}, false);

    assertThat(r.batch().parseProblems())
        .extracting(Problem::code)
        .containsExactly("file.encoding");
  }

  @Test
  void aUnitNotInTheRegisterTakesItsIndicatorFromItsRespondentsAndIsLeftToThePipeline() {
    DropFolder.Reading r =
        read(
            "unit,period,respondent,satisfied\nNEW-01,2025,CITIZEN,1\nNEW-01,2025,CITIZEN,0\n",
            false);

    assertThat(r.batch().parseProblems()).isEmpty();
    assertThat(r.batch().rows())
        .extracting(x -> x.indicator().text() + "=" + x.value().text())
        .containsExactly("plan.satisfaction-public=50.00");
  }
}
