package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.unit.UnitType;
import vn.edudx.plan.report.PlanReport;
import vn.edudx.plan.report.ReportHeader;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.XlsxReader;

/** The report of an evaluation the evaluator made, over the fixture town: figures agree. */
class ReportOfAnEvaluationTest {

  private static final String N = "plan.learners-online-means";
  private static final String D = "plan.learners";
  private static final PlanTarget ONL =
      Fixture.target(
          "ONL-STU", Fixture.ratio(N, D), Set.of(UnitType.SCHOOL), Fixture.ALL_LEVELS, 50, 100);
  private static final PlanTarget MIS =
      Fixture.target(
          "MIS",
          Fixture.of(MetricKind.SHARE_OF_UNITS, "plan.mis"),
          Set.of(UnitType.SCHOOL),
          Fixture.ALL_LEVELS,
          100,
          null);
  private static final PlanTarget NOD =
      Fixture.target(
          "NOD",
          Fixture.of(MetricKind.AVERAGE, "plan.nothing"),
          Set.of(UnitType.SCHOOL),
          Fixture.ALL_LEVELS,
          80,
          null);
  private static final ReportHeader HEADER =
      ReportHeader.of(
          List.of("UBND THỊ XÃ NGÃ NĂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
          "…/BC-PGDĐT",
          "Ngã Năm",
          LocalDate.of(2025, 12, 20));

  private static PlanEvaluation evaluate() {
    Fixture f =
        new Fixture()
            // 2025: 6.418 of 12.080 learners; 3 schools of 4 answer yes.
            .ratio(2025, "S1", N, 3000, D, 5000)
            .ratio(2025, "S2", N, 2418, D, 4080)
            .ratio(2025, "S3", N, 1000, D, 3000)
            .ratio(2022, "S1", N, 1000, D, 5000)
            .ratio(2022, "S2", N, 800, D, 4000)
            .ratio(2022, "S3", N, 500, D, 3000)
            .put(2025, "S1", "plan.mis", true)
            .put(2025, "S2", "plan.mis", true)
            .put(2025, "S3", "plan.mis", true)
            .put(2025, "S4", "plan.mis", false);
    return f.evaluator(ONL, MIS, NOD).evaluate(2025);
  }

  @Test
  void theReportShowsTheEvaluationsFiguresInVietnameseFormat() throws Exception {
    PlanEvaluation e = evaluate();
    TargetEvaluation onl = e.targets().get(0);
    // 6418 / 12080 = 53.13 %.
    assertThat(onl.town().value()).isEqualByComparingTo("53.13");
    String html = PlanReport.html(Fixture.plan(ONL, MIS, NOD), e, HEADER);

    assertThat(html)
        .contains("<td class=\"num\">53,13% (6.418/12.080)</td><td class=\"num\">50%</td>")
        .contains("<td class=\"num\">75% (3/4)</td><td class=\"num\">100%</td>")
        .contains("Ngã Năm, ngày 20 tháng 12 năm 2025")
        .contains("Kết quả thực hiện Test plan năm 2025 và đánh giá tổng kết giai đoạn 2023–2025")
        .contains("Dự báo đến năm 2030")
        .contains("Tập trung hỗ trợ Trường MN 4 nâng MIS từ 75% lên 100% vào năm 2025.");
    for (TargetEvaluation t : e.targets()) {
      assertThat(html).contains("<td>" + t.code() + "</td>");
      if (t.status().status() != PlanStatus.NO_DATA) {
        assertThat(html).contains(html(t.status().rule().vi()));
      } else {
        assertThat(html).contains(html(t.town().noDataReason().vi()));
      }
    }

    Sheet targets =
        XlsxReader.read(
                new ByteArrayInputStream(PlanReport.xlsx(Fixture.plan(ONL, MIS, NOD), e)),
                Limits.DEFAULTS)
            .sheet("Chỉ tiêu")
            .orElseThrow();
    for (int i = 0; i < e.targets().size(); i++) {
      TargetEvaluation t = e.targets().get(i);
      assertThat(targets.cell(i + 1, 0)).isEqualTo(t.code());
      assertThat(targets.cell(i + 1, 2))
          .isEqualTo(t.town().hasValue() ? plain(t.town().value()) : "");
    }
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
