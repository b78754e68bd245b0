package vn.edudx.plan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.plan.Breakdown;
import vn.edudx.api.plan.Coverage;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.MetricValue;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanInput;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.Projection;
import vn.edudx.api.plan.Shortfall;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.plan.TaskEvaluation;
import vn.edudx.api.plan.TaskReport;
import vn.edudx.api.plan.TaskStatus;
import vn.edudx.api.plan.Trajectory;
import vn.edudx.api.plan.UntrackedTarget;
import vn.edudx.api.plan.Verdict;

/**
 * A hand-made evaluation with one target of each status: ONL-STU met (6.418 of 12.080 learners =
 * 53,13%), MIS at risk (29 of 30 schools), AVG off track (an average of 85,5% over 12 schools), NOD
 * without data. One ward is named {@code <script>}, one school "=HYPERLINK(…)". Four tasks, one of
 * each status, one named with markup and one with a note that looks like a formula.
 */
final class ReportFixture {

  static final String SCRIPT_WARD = "<script>alert(1)</script>";
  static final String FORMULA_SCHOOL = "=HYPERLINK(\"http://x\")";
  static final String FORMULA_WARD = "=1+1";
  static final String TASK_SCRIPT = "Dịch vụ công <b>mức 4</b> & \"đồng bộ\"";
  static final String FORMULA_NOTE = "=cmd|' /C calc'!A0";

  static final PlanDefinition PLAN =
      new PlanDefinition(
          "ngan-nam-plan-2023",
          1,
          new LocalizedText(
              "Kế hoạch chuyển đổi số ngành giáo dục thị xã Ngã Năm",
              "Ngã Năm education digital transformation plan"),
          "Kế hoạch số 99/KH-UBND ngày 10/3/2023",
          "ngan-nam-plan-2023",
          2022,
          2025,
          2030,
          null,
          List.of(),
          List.of(
              new UntrackedTarget(
                  "TASK-1",
                  LocalizedText.of("Tập huấn giáo viên"),
                  "text",
                  LocalizedText.of("Theo dõi qua báo cáo tập huấn."))),
          List.of(
              task("FIBRE", "III.1.b", "Kết nối Internet cáp quang", null, "ONL-STU"),
              task("PS", "III.3.a", TASK_SCRIPT, null, "MIS", "NOD"),
              task("STEM", "III.4", "Đào tạo giáo viên STEM", 2024),
              task("DXI", "III.6", "Công bố chỉ số chuyển đổi số", null)),
          null);

  static final ReportHeader HEADER =
      new ReportHeader(
          List.of("UBND THỊ XÃ NGÃ NĂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
          "…/BC-PGDĐT",
          "Ngã Năm",
          LocalDate.of(2026, 1, 5),
          "TRƯỞNG PHÒNG",
          "Nguyễn Văn A",
          List.of("UBND thị xã;", "Lưu: VT."));

  private ReportFixture() {}

  static PlanTask task(String code, String section, String name, Integer due, String... related) {
    return new PlanTask(
        code,
        section,
        LocalizedText.of(name),
        "text",
        "plan.task." + code.toLowerCase(java.util.Locale.ROOT),
        null,
        due,
        List.of(related));
  }

  /**
   * The tasks: FIBRE done by the office with two pieces of evidence; PS in progress at two offices
   * (one done, one in progress); STEM not started, due 2024; DXI reported by nobody. Due 2025
   * unless said, so in 2025 every task not done is overdue, in 2024 only STEM.
   */
  static List<TaskEvaluation> tasks(int year) {
    Provenance source =
        new Provenance(2, "file", null, "nhiem-vu-" + year + ".csv", 3, Instant.EPOCH, "pgd");
    boolean due = year >= 2025;
    return List.of(
        new TaskEvaluation(
            "FIBRE",
            "III.1.b",
            LocalizedText.of("Kết nối Internet cáp quang"),
            TaskStatus.DONE,
            LocalizedText.of("Đã hoàn thành: cả 1 đơn vị thuộc phạm vi đều báo cáo."),
            2025,
            false,
            List.of(
                new TaskReport(
                    "PGD",
                    "Phòng GD&ĐT",
                    TaskStatus.DONE,
                    List.of("https://pgd.example/van-ban/kh-12", "12/KH-PGDĐT"),
                    "Đã kéo cáp đến 30/30 trường")),
            List.of(new PlanInput("PGD", "plan.task.fibre", year, "DONE", 21, source))),
        new TaskEvaluation(
            "PS",
            "III.3.a",
            LocalizedText.of(TASK_SCRIPT),
            TaskStatus.IN_PROGRESS,
            LocalizedText.of("Đang thực hiện: 1 đã hoàn thành, 1 đang thực hiện."),
            2025,
            due,
            List.of(
                new TaskReport("PGD", "Phòng GD&ĐT", TaskStatus.DONE, List.of("QĐ 5"), null),
                new TaskReport(
                    "PGD2", "Phòng GD&ĐT 2", TaskStatus.IN_PROGRESS, List.of(), FORMULA_NOTE)),
            List.of(
                new PlanInput("PGD", "plan.task.ps", year, "DONE", 22, source),
                new PlanInput("PGD2", "plan.task.ps", year, "IN_PROGRESS", 23, source))),
        new TaskEvaluation(
            "STEM",
            "III.4",
            LocalizedText.of("Đào tạo giáo viên STEM"),
            TaskStatus.NOT_STARTED,
            LocalizedText.of("Chưa thực hiện: 1 đơn vị đã báo cáo đều chưa thực hiện."),
            2024,
            year >= 2024,
            List.of(
                new TaskReport(
                    "PGD", "Phòng GD&ĐT", TaskStatus.NOT_STARTED, List.of(), "Chờ kinh phí")),
            List.of(new PlanInput("PGD", "plan.task.stem", year, "NOT_STARTED", 24, source))),
        new TaskEvaluation(
            "DXI",
            "III.6",
            LocalizedText.of("Công bố chỉ số chuyển đổi số"),
            TaskStatus.NO_DATA,
            LocalizedText.of("Chưa có số liệu: không đơn vị nào báo cáo năm " + year + "."),
            2025,
            due,
            List.of(new TaskReport("PGD", "Phòng GD&ĐT", TaskStatus.NO_DATA, List.of(), null)),
            List.of()));
  }

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  static MetricValue value(String v, String num, String den, int units) {
    return new MetricValue(
        d(v), num == null ? null : d(num), den == null ? null : d(den), units, null, null);
  }

  static Verdict verdict(PlanStatus s, String rule, String target) {
    return new Verdict(s, LocalizedText.of(rule), null, d(target), null, null, null);
  }

  static PlanEvaluation evaluation(int year) {
    boolean last = year >= 2025;
    Trajectory toFinal = new Trajectory(2022, d("80"), 2025, d("100"), year, d("100"));
    Provenance source =
        new Provenance(1, "csv", null, "truong-2025.csv", 12, Instant.EPOCH, "tester");
    TargetEvaluation online =
        new TargetEvaluation(
            "ONL-STU",
            new LocalizedText("Người học có thiết bị học trực tuyến", "Learners online"),
            MetricKind.RATIO,
            d("50"),
            d("100"),
            value("53.13", "6418", "12080", 30),
            List.of(
                new Breakdown("W1", LocalizedText.of("Phường 1"), value("60.5", "605", "1000", 5)),
                new Breakdown("C1", LocalizedText.of(SCRIPT_WARD), value("40", "400", "1000", 4)),
                new Breakdown(
                    "C2",
                    LocalizedText.of("Xã Tân Long"),
                    new MetricValue(null, null, null, 0, "no-value", LocalizedText.of("none")))),
            List.of(
                new Breakdown("TH", LocalizedText.of("Tiểu học"), value("55", "550", "1000", 9)),
                new Breakdown(
                    "THCS", LocalizedText.of("Trung học cơ sở"), value("50.25", "201", "400", 6))),
            value("20", "2000", "10000", 30),
            new Trajectory(2022, d("20"), 2025, d("50"), year, d("50")),
            verdict(PlanStatus.MET, "Đạt: giá trị 53,13% ≥ chỉ tiêu 50% (hạn năm 2025).", "50"),
            List.of(),
            new Coverage(30, 30, List.of()),
            last
                ? new Projection(
                    2030,
                    d("88.4"),
                    d("11.1"),
                    Map.of(2022, d("20"), 2025, d("53.13")),
                    verdict(
                        PlanStatus.AT_RISK,
                        "Theo xu hướng của 4 năm có dữ liệu, năm 2030 dự báo 88,4%.",
                        "100"))
                : null,
            List.of(
                new PlanInput("S1", "plan.learners-online-means", year, "6418", 7, source),
                new PlanInput("S1", "plan.learners", year, "12080", 8, source)));
    TargetEvaluation mis =
        new TargetEvaluation(
            "MIS",
            new LocalizedText("Trường có phần mềm quản lý", "Schools with a MIS"),
            MetricKind.SHARE_OF_UNITS,
            d("100"),
            null,
            value("96.67", "29", "30", 30),
            List.of(new Breakdown("C1", LocalizedText.of(SCRIPT_WARD), value("90", "9", "10", 10))),
            List.of(),
            value("80", "24", "30", 30),
            toFinal,
            verdict(PlanStatus.AT_RISK, "Có nguy cơ: giá trị 96,67% chưa đạt 100%.", "100"),
            List.of(
                new Shortfall(
                    "S9",
                    FORMULA_SCHOOL,
                    d("0"),
                    d("1"),
                    LocalizedText.of(FORMULA_SCHOOL + " trả lời 'không'."))),
            new Coverage(30, 30, List.of()),
            null,
            List.of(new PlanInput("S9", "plan.mis", year, "false", 9, source)));
    TargetEvaluation avg =
        new TargetEvaluation(
            "AVG",
            LocalizedText.of("Mức độ số hóa hồ sơ"),
            MetricKind.AVERAGE,
            d("100"),
            null,
            value("85.5", "1026", "12", 12),
            List.of(
                new Breakdown("C3", LocalizedText.of(FORMULA_WARD), value("85.5", null, null, 12))),
            List.of(),
            value("60", "720", "12", 12),
            toFinal,
            verdict(PlanStatus.OFF_TRACK, "Chệch hướng: 85,5% < 90%.", "100"),
            List.of(
                new Shortfall(
                    "S2",
                    "Trường THCS 2",
                    d("40"),
                    d("60"),
                    LocalizedText.of("Trường THCS 2: 40%, thấp hơn chỉ tiêu 100% là 60 điểm."))),
            new Coverage(14, 12, List.of("S7", "S8")),
            null,
            List.of());
    LocalizedText reason =
        LocalizedText.of("Không có giá trị của chỉ số plan.x năm " + year + " ở 4 đơn vị.");
    TargetEvaluation nod =
        new TargetEvaluation(
            "NOD",
            LocalizedText.of("Chỉ tiêu chưa có số liệu"),
            MetricKind.AVERAGE,
            d("80"),
            null,
            new MetricValue(null, null, null, 0, "no-value", reason),
            List.of(),
            List.of(),
            new MetricValue(null, null, null, 0, "no-value", reason),
            new Trajectory(2022, null, 2025, d("80"), year, d("80")),
            new Verdict(PlanStatus.NO_DATA, reason, null, d("80"), d("80"), null, null),
            List.of(),
            new Coverage(4, 0, List.of("S1", "S2", "S3", "S4")),
            null,
            List.of());
    return new PlanEvaluation(
        PLAN.key(),
        year,
        last,
        List.of(online, mis, avg, nod),
        Map.of(
            PlanStatus.MET,
            1,
            PlanStatus.AT_RISK,
            1,
            PlanStatus.OFF_TRACK,
            1,
            PlanStatus.NO_DATA,
            1),
        tasks(year),
        Map.of(
            TaskStatus.DONE,
            1,
            TaskStatus.IN_PROGRESS,
            1,
            TaskStatus.NOT_STARTED,
            1,
            TaskStatus.NO_DATA,
            1));
  }
}
