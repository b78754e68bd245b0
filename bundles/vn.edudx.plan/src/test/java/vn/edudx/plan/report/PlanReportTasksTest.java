package vn.edudx.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.plan.report.ReportFixture.FORMULA_NOTE;
import static vn.edudx.plan.report.ReportFixture.HEADER;
import static vn.edudx.plan.report.ReportFixture.PLAN;
import static vn.edudx.plan.report.ReportFixture.evaluation;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.XlsxReader;

/** The plan's tasks in the report: the table of section I, the difficulties, the XLSX sheet. */
class PlanReportTasksTest {

  private static final String Y2024 = PlanReport.html(PLAN, evaluation(2024), HEADER);
  private static final String Y2025 = PlanReport.html(PLAN, evaluation(2025), HEADER);

  private static String tasks(String html) {
    return between(html, "<h3>2. Các nhiệm vụ, giải pháp (mục III của Kế hoạch)</h3>", "<h2>II.");
  }

  @Test
  void theTaskTableHasTheStatusInWordsTheEvidenceAsTextAndTheRelatedTargets() {
    assertThat(tasks(Y2025))
        .contains(
            "<th>STT</th><th>Mục</th><th>Nhiệm vụ</th><th>Tình hình thực hiện</th>"
                + "<th>Minh chứng</th><th>Ghi chú</th><th>Chỉ tiêu liên quan</th>")
        .contains(
            "<tr><td class=\"c\">1</td><td class=\"c\">III.1.b</td>"
                + "<td>Kết nối Internet cáp quang</td><td><div>Đã hoàn thành</div></td>"
                + "<td class=\"evidence\"><div>https://pgd.example/van-ban/kh-12</div>"
                + "<div>12/KH-PGDĐT</div></td><td><div>Đã kéo cáp đến 30/30 trường</div></td>"
                + "<td><div>ONL-STU: ✓ Đạt</div></td></tr>")
        // No link: the report is printed, the evidence is read.
        .doesNotContain("<a ", "href");
  }

  @Test
  void aTaskOfTwoOfficesListsEachOfficeAndEverythingIsEscaped() {
    String row = between(tasks(Y2025), "<td class=\"c\">III.3.a</td>", "</tr>");
    assertThat(row)
        .contains(
            "<td>Dịch vụ công &lt;b&gt;mức 4&lt;/b&gt; &amp; &quot;đồng bộ&quot;</td>",
            "<div>Đang thực hiện</div><div class=\"b\">Quá hạn (hạn năm 2025)</div>"
                + "<div>Phòng GD&amp;ĐT: Đã hoàn thành</div>"
                + "<div>Phòng GD&amp;ĐT 2: Đang thực hiện</div>",
            "<td class=\"evidence\"><div>Phòng GD&amp;ĐT:</div><div>QĐ 5</div></td>",
            "<div>Phòng GD&amp;ĐT 2: =cmd|&#39; /C calc&#39;!A0</div>",
            "<div>MIS: ⚠ Có nguy cơ không đạt</div><div>NOD: ∅ Chưa có dữ liệu</div>")
        .doesNotContain("<b>mức 4</b>");
  }

  @Test
  void overdueIsMarkedFromTheDueYearAndNoDataSaysWhy() {
    // 2024: only STEM (due 2024) is overdue.
    assertThat(tasks(Y2024))
        .contains("<div>Chưa thực hiện</div><div class=\"b\">Quá hạn (hạn năm 2024)</div>")
        .doesNotContain("Quá hạn (hạn năm 2025)")
        .contains(
            "<div>Chưa có số liệu</div><div class=\"rule\">Chưa có số liệu: không đơn vị nào báo"
                + " cáo năm 2024.</div>")
        .contains(
            "<p>Tổng số 4 nhiệm vụ: đã hoàn thành 1; đang thực hiện 1; chưa thực hiện 1;"
                + " chưa có số liệu 1; trong đó quá hạn 1.</p>");
    // 2025: every task not done is overdue (PS, STEM, DXI).
    assertThat(tasks(Y2025))
        .contains("<div>Chưa có số liệu</div><div class=\"b\">Quá hạn (hạn năm 2025)</div>")
        .contains("trong đó quá hạn 3.</p>");
  }

  @Test
  void tasksOverdueNotStartedOrWithoutDataAreDifficulties() {
    String y2024 = between(Y2024, "<h2>III.", "<h2>IV.");
    assertThat(y2024)
        .contains(
            "<p>Nhiệm vụ STEM (mục III.4) – Đào tạo giáo viên STEM: Chưa thực hiện. Đã quá hạn"
                + " hoàn thành (năm 2024). Chưa thực hiện: 1 đơn vị đã báo cáo đều chưa thực"
                + " hiện.</p>",
            "<p>Nhiệm vụ DXI (mục III.6) – Công bố chỉ số chuyển đổi số: Chưa có số liệu. Chưa có"
                + " số liệu: không đơn vị nào báo cáo năm 2024.</p>")
        .doesNotContain("Nhiệm vụ PS", "Nhiệm vụ FIBRE");
    assertThat(between(Y2025, "<h2>III.", "<h2>IV."))
        .contains(
            "<p>Nhiệm vụ PS (mục III.3.a) – Dịch vụ công &lt;b&gt;mức 4&lt;/b&gt; &amp;"
                + " &quot;đồng bộ&quot;: Đang thực hiện. Đã quá hạn hoàn thành (năm 2025).")
        .doesNotContain("Nhiệm vụ FIBRE");
  }

  @Test
  void aPlanWithoutTasksSaysSo() {
    PlanEvaluation e = evaluation(2024);
    PlanEvaluation none =
        new PlanEvaluation(e.plan(), e.year(), e.finalYear(), e.targets(), e.summary(), null, null);
    PlanDefinition plan =
        new PlanDefinition(
            PLAN.id(),
            PLAN.version(),
            PLAN.title(),
            PLAN.legalBasis(),
            PLAN.indicatorSet(),
            PLAN.baselineYear(),
            PLAN.finalYear(),
            PLAN.horizonYear(),
            PLAN.rules(),
            PLAN.targets(),
            PLAN.untracked(),
            null,
            PLAN.note());

    String html = PlanReport.html(plan, none, HEADER);

    assertThat(tasks(html))
        .contains("<p>Kế hoạch không khai báo nhiệm vụ nào để theo dõi tiến độ.</p>")
        .doesNotContain("<table");
    assertThat(between(html, "<h2>III.", "<h2>IV.")).doesNotContain("Nhiệm vụ ");
  }

  @Test
  void theTasksSheetHasOneRowPerTaskAndUnitWithEvidenceAndSource() throws Exception {
    Sheet s =
        XlsxReader.read(
                new ByteArrayInputStream(PlanReport.xlsx(PLAN, evaluation(2025))), Limits.DEFAULTS)
            .sheet("Nhiệm vụ")
            .orElseThrow();

    assertThat(s.rows().get(0))
        .containsExactly(
            "Mã",
            "Mục",
            "Nhiệm vụ",
            "Tình hình thực hiện",
            "Hạn",
            "Quá hạn",
            "Căn cứ đánh giá",
            "Đơn vị",
            "Tên đơn vị",
            "Báo cáo của đơn vị",
            "Minh chứng",
            "Ghi chú",
            "Nguồn",
            "Chỉ tiêu liên quan");
    assertThat(s.rows().get(1))
        .containsExactly(
            "FIBRE",
            "III.1.b",
            "Kết nối Internet cáp quang",
            "Đã hoàn thành",
            "2025",
            "",
            "Đã hoàn thành: cả 1 đơn vị thuộc phạm vi đều báo cáo.",
            "PGD",
            "Phòng GD&ĐT",
            "Đã hoàn thành",
            "https://pgd.example/van-ban/kh-12\n12/KH-PGDĐT",
            "Đã kéo cáp đến 30/30 trường",
            "file · nhiem-vu-2025.csv, dòng 3",
            "ONL-STU");
    // FIBRE 1 row, PS 2 (two offices), STEM 1, DXI 1 (the office that did not report).
    assertThat(s.rowCount()).isEqualTo(6);
    assertThat(List.of(s.cell(2, 0), s.cell(3, 0), s.cell(4, 0), s.cell(5, 0)))
        .containsExactly("PS", "PS", "STEM", "DXI");
    assertThat(s.cell(3, 5)).isEqualTo("Có");
    assertThat(s.cell(3, 7)).isEqualTo("PGD2");
    assertThat(s.cell(3, 9)).isEqualTo("Đang thực hiện");
    // A note that looks like a formula stays text.
    assertThat(s.cell(3, 11)).isEqualTo("'" + FORMULA_NOTE);
    assertThat(s.cell(3, 13)).isEqualTo("MIS, NOD");
    assertThat(s.cell(5, 9)).isEqualTo("Chưa có số liệu");
    assertThat(s.cell(5, 12)).isEmpty();
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertThat(start).as("start marker %s", from).isNotNegative();
    int end = text.indexOf(to, start + from.length());
    assertThat(end).as("end marker %s", to).isPositive();
    return text.substring(start, end);
  }
}
