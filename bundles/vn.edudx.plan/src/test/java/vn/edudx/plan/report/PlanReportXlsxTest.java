package vn.edudx.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.plan.report.ReportFixture.FORMULA_WARD;
import static vn.edudx.plan.report.ReportFixture.PLAN;
import static vn.edudx.plan.report.ReportFixture.SCRIPT_WARD;
import static vn.edudx.plan.report.ReportFixture.evaluation;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.Workbook;
import vn.edudx.xlsx.XlsxReader;

/** The XLSX appendix read back with the repository's own reader. */
class PlanReportXlsxTest {

  private static Workbook read(int year) throws Exception {
    return XlsxReader.read(
        new ByteArrayInputStream(PlanReport.xlsx(PLAN, evaluation(year))), Limits.DEFAULTS);
  }

  @Test
  void hasASheetForTargetsTasksWardsLevelsAndInputs() throws Exception {
    assertThat(read(2024).sheets())
        .extracting(Sheet::name)
        .containsExactly(
            "Chỉ tiêu", "Nhiệm vụ", "Theo xã, phường", "Theo cấp học", "Số liệu đầu vào");
  }

  @Test
  void theTargetsSheetHasTheFiguresAsNumbersAndTheStatusInWords() throws Exception {
    Sheet s = read(2024).sheet("Chỉ tiêu").orElseThrow();
    assertThat(s.rows().get(0))
        .startsWith(
            "Mã", "Chỉ tiêu", "Kết quả", "Mức phải đạt", "Năm", "Đánh giá", "Căn cứ đánh giá");
    assertThat(s.rows().get(1))
        .startsWith(
            "ONL-STU",
            "Người học có thiết bị học trực tuyến",
            "53.13",
            "50",
            "2025",
            "✓ Đạt",
            "Đạt: giá trị 53,13% ≥ chỉ tiêu 50% (hạn năm 2025).",
            "Tỉ lệ: tổng tử số / tổng mẫu số",
            "6418",
            "12080",
            "30",
            "30/30");
    assertThat(s.cell(2, 5)).isEqualTo("⚠ Có nguy cơ không đạt");
    // No data: an empty cell and the reason, never 0.
    assertThat(s.cell(4, 0)).isEqualTo("NOD");
    assertThat(s.cell(4, 2)).isEmpty();
    assertThat(s.cell(4, 5)).isEqualTo("∅ Chưa có dữ liệu");
    assertThat(s.cell(4, 6)).startsWith("Không có giá trị của chỉ số plan.x năm 2024");
    assertThat(s.cell(4, 12)).isEqualTo("S1, S2, S3, S4");
    assertThat(s.rowCount()).isEqualTo(5);
  }

  @Test
  void theWardAndLevelSheetsHaveOneRowPerTargetAndUnit() throws Exception {
    Workbook w = read(2024);
    Sheet area = w.sheet("Theo xã, phường").orElseThrow();
    assertThat(area.rows().get(0)).startsWith("Mã", "Chỉ tiêu", "Mã đơn vị", "Xã, phường");
    assertThat(area.rows().get(1))
        .containsExactly(
            "ONL-STU",
            "Người học có thiết bị học trực tuyến",
            "W1",
            "Phường 1",
            "60.5",
            "605",
            "1000",
            "5");
    assertThat(area.rows().get(2))
        .startsWith("ONL-STU", "Người học có thiết bị học trực tuyến", "C1", SCRIPT_WARD, "40");
    assertThat(area.rows().get(3))
        .containsExactly(
            "ONL-STU",
            "Người học có thiết bị học trực tuyến",
            "C2",
            "Xã Tân Long",
            "",
            "",
            "",
            "0",
            "none");
    assertThat(area.rows().get(4))
        .startsWith("MIS", "Trường có phần mềm quản lý", "C1", SCRIPT_WARD, "90", "9", "10");
    assertThat(area.rowCount()).isEqualTo(6);
    Sheet level = w.sheet("Theo cấp học").orElseThrow();
    assertThat(level.rows().get(0)).startsWith("Mã", "Chỉ tiêu", "Mã cấp học", "Cấp học");
    assertThat(level.rows().get(2))
        .startsWith(
            "ONL-STU",
            "Người học có thiết bị học trực tuyến",
            "THCS",
            "Trung học cơ sở",
            "50.25",
            "201",
            "400",
            "6");
  }

  @Test
  void theInputsSheetNamesEveryValueAndItsSource() throws Exception {
    Sheet s = read(2025).sheet("Số liệu đầu vào").orElseThrow();
    assertThat(s.rows().get(0))
        .containsExactly("Mã", "Đơn vị", "Chỉ số", "Năm", "Giá trị", "Nguồn");
    assertThat(s.rows().get(1))
        .containsExactly(
            "ONL-STU",
            "S1",
            "plan.learners-online-means",
            "2025",
            "6418",
            "csv · truong-2025.csv, dòng 12");
    assertThat(s.rows().get(3))
        .containsExactly(
            "MIS", "S9", "plan.mis", "2025", "false", "csv · truong-2025.csv, dòng 12");
  }

  @Test
  void textThatLooksLikeAFormulaIsNeutralisedLikePublishDoes() throws Exception {
    Sheet area = read(2024).sheet("Theo xã, phường").orElseThrow();
    assertThat(area.cell(5, 0)).isEqualTo("AVG");
    assertThat(area.cell(5, 3)).isEqualTo("'" + FORMULA_WARD);
    assertThat(area.cell(5, 4)).isEqualTo("85.5");
    // Markup is no danger in a cell: kept as it is.
    assertThat(area.cell(2, 3)).isEqualTo(SCRIPT_WARD);
  }
}
