package vn.edudx.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.plan.report.ReportFixture.HEADER;
import static vn.edudx.plan.report.ReportFixture.PLAN;
import static vn.edudx.plan.report.ReportFixture.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.PlanStatus;

/** The A4 report over the hand-made evaluation: form, sections, figures, escaping. */
class PlanReportHtmlTest {

  private static final String Y2024 = PlanReport.html(PLAN, evaluation(2024), HEADER);
  private static final String Y2025 = PlanReport.html(PLAN, evaluation(2025), HEADER);

  @Test
  void isOneSelfContainedA4DocumentInVietnamese() {
    assertThat(Y2024)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"vi\">", "<meta charset=\"utf-8\"/>")
        .contains("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
        .contains("font-family:'Times New Roman'")
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<link")
        .doesNotContain("src=", "href=", "url(", "@import");
  }

  @Test
  void hasTheHeadingBlockOfDecree30BeforeTheTitle() {
    assertThat(Y2024)
        .containsSubsequence(
            "<table class=\"heading\">",
            "<div>UBND THỊ XÃ NGÃ NĂM</div>",
            "<div class=\"b\">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div>",
            "Số: …/BC-PGDĐT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            // A zero before days below 10 and months 1 and 2.
            "<div class=\"date\">Ngã Năm, ngày 05 tháng 01 năm 2026</div>",
            "<h1>BÁO CÁO</h1>",
            "Kết quả thực hiện Kế hoạch chuyển đổi số ngành giáo dục thị xã Ngã Năm năm 2024");
  }

  @Test
  void anotherTownIsOtherHeaderValues() {
    ReportHeader other =
        ReportHeader.of(
            List.of("UBND HUYỆN MỸ TÚ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
            "12/BC-PGDĐT",
            "Mỹ Tú",
            LocalDate.of(2025, 12, 15));
    String html = PlanReport.html(PLAN, evaluation(2024), other);
    assertThat(html)
        .contains("UBND HUYỆN MỸ TÚ", "Số: 12/BC-PGDĐT", "Mỹ Tú, ngày 15 tháng 12 năm 2025")
        .doesNotContain("NGÃ NĂM", "Nơi nhận");
  }

  @Test
  void theFinalYearTitleAddsTheReviewOfThePeriod() {
    assertThat(Y2025)
        .contains(
            "Kết quả thực hiện Kế hoạch chuyển đổi số ngành giáo dục thị xã Ngã Năm năm 2025"
                + " và đánh giá tổng kết giai đoạn 2023–2025");
    assertThat(Y2024).doesNotContain("đánh giá tổng kết");
  }

  @Test
  void sectionsOneToFiveComeInOrder() {
    for (String html : List.of(Y2024, Y2025)) {
      assertThat(html)
          .containsSubsequence(
              "<h2>I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM VỤ</h2>",
              "<h3>1. Các chỉ tiêu</h3>",
              "<h3>2. Các nhiệm vụ, giải pháp (mục III của Kế hoạch)</h3>",
              "<h2>II. KẾT QUẢ THEO XÃ, PHƯỜNG VÀ THEO CẤP HỌC</h2>",
              "<h3>1. Kết quả theo xã, phường</h3>",
              "<h3>2. Kết quả theo cấp học</h3>",
              "<h2>III. KHÓ KHĂN, HẠN CHẾ</h2>",
              "<h2>IV. ĐỀ XUẤT, KIẾN NGHỊ</h2>",
              "<h2>V. PHỤ LỤC SỐ LIỆU</h2>",
              "Nơi nhận:",
              "TRƯỞNG PHÒNG",
              "Nguyễn Văn A");
      assertThat(count(html, "<h2>")).isEqualTo(5);
    }
  }

  @Test
  void theResultsTableHasTheEvaluationsFiguresInVietnameseFormat() {
    String section = between(Y2024, "<h2>I.", "<h2>II.");
    // 6418 / 12080 = 53.13 %, written 53,13% (6.418/12.080).
    assertThat(section)
        .containsSubsequence(
            "<td>ONL-STU</td><td>Người học có thiết bị học trực tuyến</td>",
            "<td class=\"num\">53,13% (6.418/12.080)</td><td class=\"num\">50%</td>",
            "<td>✓ Đạt</td><td>Đạt: giá trị 53,13% ≥ chỉ tiêu 50% (hạn năm 2025).</td>")
        .contains("<td class=\"num\">96,67% (29/30)</td><td class=\"num\">100%</td>")
        .contains("<td>⚠ Có nguy cơ không đạt</td>")
        .contains("<td class=\"num\">85,5% (12 đơn vị)</td>", "<td>✗ Chệch hướng</td>")
        .contains(
            "Tổng số 4 chỉ tiêu: đạt 1; đúng lộ trình 0; có nguy cơ không đạt 1;"
                + " chệch hướng 1; chưa có dữ liệu 1.")
        .contains("TASK-1 – Tập huấn giáo viên: Theo dõi qua báo cáo tập huấn.");
  }

  @Test
  void aTargetWithoutDataSaysWhyAndNeverZero() {
    String row = between(Y2024, "<td>NOD</td>", "</tr>");
    assertThat(row)
        .contains("<td class=\"num\">–</td>", "∅ Chưa có dữ liệu", "Không có giá trị của chỉ số")
        .doesNotContain("0%</td><td class=\"num\">80%");
    assertThat(between(Y2024, "<h2>III.", "<h2>IV."))
        .contains(
            "Chỉ tiêu NOD – Chỉ tiêu chưa có số liệu: chưa đánh giá được vì chưa có dữ liệu."
                + " Không có giá trị của chỉ số plan.x năm 2024 ở 4 đơn vị.",
            "Còn 4/4 đơn vị thuộc phạm vi chưa báo cáo số liệu: S1, S2, S3, S4.");
  }

  @Test
  void theBreakdownsAreTablesOfWardsAndLevels() {
    String byArea = between(Y2024, "<h3>1. Kết quả theo xã, phường</h3>", "<h3>2.");
    assertThat(byArea)
        .containsSubsequence(
            "<th>Phường 1</th><th>&lt;script&gt;alert(1)&lt;/script&gt;</th><th>Xã Tân Long</th>",
            "<td>ONL-STU</td>",
            "<td class=\"num\">60,5%</td><td class=\"num\">40%</td><td class=\"num\">–</td>",
            "<td>MIS</td>",
            "<td class=\"num\">–</td><td class=\"num\">90%</td><td class=\"num\">–</td>");
    assertThat(between(Y2024, "<h3>2. Kết quả theo cấp học</h3>", "<h2>III."))
        .contains("<th>Tiểu học</th><th>Trung học cơ sở</th>")
        .contains("<td class=\"num\">55%</td><td class=\"num\">50,25%</td>");
  }

  @Test
  void difficultiesNameTheUnitsPullingATargetDown() {
    String section = between(Y2024, "<h2>III.", "<h2>IV.");
    assertThat(section)
        .contains(
            "Chỉ tiêu MIS – Trường có phần mềm quản lý (⚠ Có nguy cơ không đạt): kết quả 96,67%,"
                + " mức phải đạt 100% năm 2025.")
        .contains(
            "Các đơn vị kéo chỉ tiêu xuống nhiều nhất: =HYPERLINK(&quot;http://x&quot;) trả lời"
                + " &#39;không&#39;.")
        .contains("Còn 2/14 đơn vị thuộc phạm vi chưa báo cáo số liệu: S7, S8.")
        // A target that is met is no difficulty.
        .doesNotContain("ONL-STU");
  }

  @Test
  void proposalsComeFromTheTemplatesForEveryTargetNotMet() {
    String section = between(Y2024, "<h2>IV.", "<h2>V.");
    assertThat(section)
        .containsSubsequence(
            "1. Tập trung hỗ trợ =HYPERLINK(&quot;http://x&quot;) nâng Trường có phần mềm quản lý"
                + " từ 96,67% lên 100% vào năm 2025.",
            "2. Tập trung hỗ trợ Trường THCS 2 nâng Mức độ số hóa hồ sơ từ 85,5% lên 100% vào"
                + " năm 2025.",
            "3. Chỉ đạo S1, S2, S3, S4 báo cáo đầy đủ số liệu để đánh giá được chỉ tiêu NOD")
        .doesNotContain("ONL-STU", "4. ");
  }

  @Test
  void theProjectionToTheHorizonIsThereOnlyInTheFinalYear() {
    assertThat(Y2024).doesNotContain("Dự báo đến năm 2030", "88,4%");
    String section = between(Y2025, "<h2>IV.", "<h2>V.");
    assertThat(section)
        .containsSubsequence(
            "<h3>1. Đề xuất theo từng chỉ tiêu</h3>",
            "<h3>2. Dự báo đến năm 2030 theo xu hướng</h3>",
            "<th>Dự báo năm 2030</th><th>Chỉ tiêu năm 2030</th>",
            "<td>ONL-STU</td>",
            "<td class=\"num\">53,13% (6.418/12.080)</td><td class=\"num\">88,4%</td>"
                + "<td class=\"num\">100%</td><td>⚠ Có nguy cơ không đạt</td>",
            "năm 2030 dự báo 88,4%.");
    // Targets due in 2025 and not met aim at their horizon target when there is one; MIS has none.
    assertThat(section).contains("từ 96,67% lên 100% vào năm 2025.");
  }

  @Test
  void theAppendixHasEveryTargetsFiguresAndCoverage() {
    String section = between(Y2024, "<h2>V.", "</body>");
    assertThat(section)
        .contains(
            "<td>ONL-STU</td><td>Tỉ lệ: tổng tử số / tổng mẫu số</td><td class=\"num\">53,13%</td>"
                + "<td class=\"num\">6.418</td><td class=\"num\">12.080</td><td class=\"num\">30</td>"
                + "<td class=\"num\">20%</td><td class=\"c\">30/30</td><td></td>")
        .contains(
            "<td>AVG</td><td>Trung bình các đơn vị</td><td class=\"num\">85,5%</td>"
                + "<td class=\"num\"></td><td class=\"num\"></td><td class=\"num\">12</td>"
                + "<td class=\"num\">60%</td><td class=\"c\">12/14</td><td>S7, S8</td>")
        .contains("<td>NOD</td>", "<td class=\"c\">0/4</td><td>S1, S2, S3, S4</td>");
  }

  @Test
  void everyUnitNameIsEscaped() {
    for (String html : List.of(Y2024, Y2025)) {
      assertThat(html).doesNotContain("<script>", "\"http://x\"");
      assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  }

  @Test
  void numbersAndDatesAreWrittenTheVietnameseWay() {
    assertThat(VnFormat.number(new BigDecimal("6418"))).isEqualTo("6.418");
    assertThat(VnFormat.percent(new BigDecimal("53.13"))).isEqualTo("53,13%");
    assertThat(VnFormat.percent(new BigDecimal("85.50"))).isEqualTo("85,5%");
    assertThat(VnFormat.number(new BigDecimal("1234567.896"))).isEqualTo("1.234.567,9");
    assertThat(VnFormat.number(new BigDecimal("0"))).isEqualTo("0");
    assertThat(VnFormat.date(LocalDate.of(2026, 2, 5))).containsExactly("05", "02", "2026");
    assertThat(VnFormat.date(LocalDate.of(2025, 3, 9))).containsExactly("09", "3", "2025");
    assertThat(VnFormat.date(LocalDate.of(2025, 12, 15))).containsExactly("15", "12", "2025");
  }

  @Test
  void everyStatusAndKindHasItsWords() {
    for (PlanStatus s : PlanStatus.values()) {
      assertThat(PlanReport.MESSAGES.has("plan.report.status." + s.name())).as(s.name()).isTrue();
    }
    for (MetricKind k : MetricKind.values()) {
      assertThat(PlanReport.MESSAGES.has("plan.report.kind." + k.name())).as(k.name()).isTrue();
    }
  }

  static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertThat(start).as(from).isNotNegative();
    int end = text.indexOf(to, start + from.length());
    assertThat(end).as(to).isGreaterThan(start);
    return text.substring(start, end);
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
