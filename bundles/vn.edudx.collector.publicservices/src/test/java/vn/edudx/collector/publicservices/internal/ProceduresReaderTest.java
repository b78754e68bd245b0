package vn.edudx.collector.publicservices.internal;

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

/** Procedure statistics read and aggregated, with figures computed by hand. */
class ProceduresReaderTest {

  static final List<OrgUnit> REGISTER =
      List.of(
          new OrgUnit(
              "TH01", "Trường TH 1", UnitType.SCHOOL, SchoolLevel.TH, "NN", "PGD", null, null, "t"),
          new OrgUnit(
              "PGD", "Phòng GD&ĐT Ngã Năm", UnitType.OFFICE, null, "NN", null, null, null, "t"));

  private final ProceduresReader reader = new ProceduresReader(ProceduresReaderTest::find);

  static List<OrgUnit> find(Collection<String> codes) {
    return REGISTER.stream().filter(u -> codes.contains(u.code())).toList();
  }

  private DropFolder.Reading read(String csv, boolean acceptValidRows) {
    return read(csv.getBytes(StandardCharsets.UTF_8), acceptValidRows);
  }

  private DropFolder.Reading read(byte[] content, boolean acceptValidRows) {
    BatchHeader h = new BatchHeader("publicservices", "test", "p.csv", "c", Instant.EPOCH, "t");
    return reader.read(h, content, acceptValidRows);
  }

  private static final String HEADER =
      "unit,period,procedure,name,level,eligible,applications_total,applications_online\n";

  private static List<String> values(DropFolder.Reading r) {
    return r.batch().rows().stream()
        .map(
            x ->
                x.unit().text()
                    + " "
                    + x.period().text()
                    + " "
                    + x.indicator().text()
                    + "="
                    + x.value().text())
        .toList();
  }

  @Test
  void countsEligibleProceduresOfferedAtLevelThreeOrFourAndApplications() {
    // Eligible: 1.001, 1.002, 1.003 = 3; of them online at level 3 or 4: 1.001, 1.002 = 2
    // (1.005 is at level 4 but not eligible). Applications 120+40+30+10+0 = 200, online 100.
    DropFolder.Reading r =
        read(
            HEADER
                + "PGD,2025,1.001,\"Cấp bản sao văn bằng, chứng chỉ\",4,1,120,90\n"
                + "PGD,2025,1.002,Chuyển trường,3,có,40,10\n"
                + "PGD,2025,1.003,Xét tuyển,2,yes,30,0\n"
                + "PGD,2025,1.004,Công nhận trường chuẩn,,không,10,0\n"
                + "PGD,2025,1.005,Thành lập trường,4,0,,\n",
            false);

    assertThat(r.batch().parseProblems()).isEmpty();
    assertThat(values(r))
        .containsExactly(
            "PGD 2025 plan.procedures-eligible=3",
            "PGD 2025 plan.procedures-full-online=2",
            "PGD 2025 plan.applications=200",
            "PGD 2025 plan.applications-online=100");
    assertThat(r.batch().rows()).extracting(IncomingRow::row).containsOnly(2);
    assertThat(r.batch().rows().get(0).unit().column()).isEqualTo(1);
  }

  @Test
  void levelsAreThoseOfTheFormerScaleOrOfDecree42AndAnUnknownOneIsALocatedProblem() {
    // Online: 4, Mức 3, toàn trình, DVC trực tuyến một phần; not: 2, Mức độ 1, empty, cung cấp
    // thông tin. All eligible, so 4 of 8 are online.
    DropFolder.Reading r =
        read(
            HEADER
                + "PGD,2025,1,A,4,1,1,0\n"
                + "PGD,2025,2,B,Mức 3,1,1,0\n"
                + "PGD,2025,3,C,Toàn trình,1,1,0\n"
                + "PGD,2025,4,D,DVC trực tuyến một phần,1,1,0\n"
                + "PGD,2025,5,E,2,1,1,0\n"
                + "PGD,2025,6,F,Mức độ 1,1,1,0\n"
                + "PGD,2025,7,G,,1,1,0\n"
                + "PGD,2025,8,H,Cung cấp thông tin,1,1,0\n",
            false);
    assertThat(r.batch().parseProblems()).isEmpty();
    assertThat(values(r))
        .contains("PGD 2025 plan.procedures-eligible=8", "PGD 2025 plan.procedures-full-online=4");

    DropFolder.Reading unknown = read(HEADER + "PGD,2025,1,A,trực tuyến,1,1,0\n", false);
    assertThat(unknown.batch().parseProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code() + "@" + p.row() + ":" + p.column())
                  .isEqualTo("row.level.invalid@2:5");
              assertThat(p.hint().vi()).contains("toàn trình");
            });
  }

  @Test
  void readsBomSemicolonsCrlfDecimalCommaAndDecomposedVietnameseHeaders() {
    String csv =
        "Mã đơn vị;Năm;Mã thủ tục;Tên thủ tục;Mức độ;Đủ điều kiện;Tổng số hồ sơ;Số hồ sơ trực tuyến\r\n"
            + "PGD;2025;1.001;Cấp bản sao;Mức 4;có;12,0;7\r\n"
            + "\r\n"
            + "PGD;2025;1.002;Chuyển trường;mức 2;Có;3;0\r\n";
    byte[] nfd = Normalizer.normalize(csv, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[nfd.length + 3];
    content[0] = (byte) 0xEF;
    content[1] = (byte) 0xBB;
    content[2] = (byte) 0xBF;
    System.arraycopy(nfd, 0, content, 3, nfd.length);

    DropFolder.Reading r = read(content, false);

    assertThat(r.batch().parseProblems()).isEmpty();
    assertThat(values(r))
        .containsExactly(
            "PGD 2025 plan.procedures-eligible=2",
            "PGD 2025 plan.procedures-full-online=1",
            "PGD 2025 plan.applications=15",
            "PGD 2025 plan.applications-online=7");
    assertThat(r.batch().rows().get(0).unit().header()).isEqualTo("Mã đơn vị");
  }

  @Test
  void aMissingColumnIsReportedOnTheHeaderLine() {
    DropFolder.Reading r =
        read("unit,period,procedure,level,eligible,applications_total\nPGD,2025,1,4,1,3\n", false);

    assertThat(r.batch().parseProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("file.column.missing");
              assertThat(p.row()).isEqualTo(1);
              assertThat(p.message().en()).contains("Column applications_online is missing");
              assertThat(p.hint().vi()).contains("so_ho_so_truc_tuyen");
            });
  }

  @Test
  void everyRowProblemIsLocatedByRowAndColumnAndTheWholeFileIsRejectedByDefault() {
    DropFolder.Reading r =
        read(
            HEADER
                + "PGD,2025,1.001,A,4,1,10,5\n"
                + "TH01,2025,1.001,A,4,1,10,5\n"
                + "PGD,2025-2026,1.002,B,4,1,10,5\n"
                + "PGD,2025,,C,4,1,10,5\n"
                + "PGD,2025,1.003,D,4,maybe,10,5\n"
                + "PGD,2025,1.004,E,4,1,1.234,5\n"
                + "PGD,2025,1.005,F,4,1,3,5\n"
                + "PGD,2025,1.001,A again,4,1,1,1\n",
            false);

    assertThat(r.batch().parseProblems())
        .extracting(p -> p.code() + "@" + p.row() + ":" + p.column() + "=" + p.value())
        .containsExactly(
            "row.unit.school@3:1=TH01",
            "row.period.invalid@4:2=2025-2026",
            "row.procedure.required@5:3=null",
            "row.eligible.invalid@6:6=maybe",
            "row.count.invalid@7:7=1.234",
            "row.online.exceeds@8:8=5",
            "row.procedure.duplicate@9:3=1.001");
    Problem duplicate = r.batch().parseProblems().get(6);
    assertThat(duplicate.message().vi()).contains("đã có ở dòng 2");
    assertThat(duplicate.message().en()).contains("already on row 2");
    assertThat(r.leftOut()).isEmpty();
  }

  @Test
  void aHugeCountIsALocatedProblemNeverACrashAndSumsCannotOverflow() {
    DropFolder.Reading r =
        read(
            HEADER
                + "PGD,2025,1.001,A,4,1,99999999999999999999,5\n"
                + "PGD,2025,1.002,B,4,1,1000000000,1000000000\n"
                + "PGD,2025,1.003,C,4,1,1000000001,0\n",
            false);

    assertThat(r.batch().parseProblems())
        .extracting(p -> p.code() + "@" + p.row() + ":" + p.column())
        .containsExactly("row.count.invalid@2:7", "row.count.invalid@4:7");
    assertThat(r.batch().parseProblems().get(0).message().en()).contains("0 to 1,000,000,000");
  }

  @Test
  void acceptingValidRowsStoresOnlyTheOfficesAndYearsWhoseRowsAreAllGood() {
    DropFolder.Reading r =
        read(
            HEADER
                + "PGD,2024,1.001,A,4,1,10,5\n"
                + "PGD,2025,1.001,A,4,1,10,5\n"
                + "PGD,2025,1.002,B,4,1,-1,0\n",
            true);

    assertThat(r.batch().parseProblems()).isEmpty();
    assertThat(values(r))
        .containsExactly(
            "PGD 2024 plan.procedures-eligible=1",
            "PGD 2024 plan.procedures-full-online=1",
            "PGD 2024 plan.applications=10",
            "PGD 2024 plan.applications-online=5");
    assertThat(r.leftOut())
        .extracting(p -> p.code() + "@" + p.row())
        .containsExactly("row.count.invalid@4");
  }
}
