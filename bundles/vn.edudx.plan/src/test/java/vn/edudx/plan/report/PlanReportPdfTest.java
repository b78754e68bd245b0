package vn.edudx.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.plan.report.ReportFixture.HEADER;
import static vn.edudx.plan.report.ReportFixture.PLAN;
import static vn.edudx.plan.report.ReportFixture.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.TargetEvaluation;

/**
 * The PDF is the HTML report laid out on A4: its text, read back with PDFBox, holds the same
 * sections and the same figures as the evaluation.
 */
class PlanReportPdfTest {

  private static final PlanEvaluation E2025 = evaluation(2025);
  private static final byte[] PDF = PlanReport.pdf(PLAN, E2025, HEADER);

  @Test
  void isAnA4PdfWithTheReportsTitleAndDates() throws IOException {
    assertThat(new String(PDF, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      for (PDPage page : doc.getPages()) {
        // A4 is 210 × 297 mm = 595.3 × 841.9 pt.
        assertThat(page.getMediaBox().getWidth()).isBetween(594f, 597f);
        assertThat(page.getMediaBox().getHeight()).isBetween(841f, 843f);
      }
      assertThat(doc.getDocumentInformation().getTitle()).startsWith("BÁO CÁO");
      assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("EduDX");
      assertThat(doc.getDocumentInformation().getCreationDate().getTimeInMillis())
          .isEqualTo(PdfReport.calendar(HEADER.date()).getTimeInMillis());
    }
  }

  @Test
  void sameReportGivesTheSameBytes() {
    assertThat(PlanReport.pdf(PLAN, E2025, HEADER)).isEqualTo(PDF);
  }

  @Test
  void everyFontIsEmbeddedDejaVuSerifSoVietnameseNeedsNothingOnTheReader() throws IOException {
    List<String> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName());
        }
      }
    }
    assertThat(fonts)
        .isNotEmpty()
        .allMatch(f -> f.contains("DejaVuSerif") || f.contains("DejaVuSans"))
        .anyMatch(f -> f.contains("DejaVuSerif"));
  }

  @Test
  void textHasTheSectionsInOrderAndTheFormOfTheHeading() throws IOException {
    String text = text(PDF);
    assertThat(text)
        .containsSubsequence(
            "UBND THỊ XÃ NGÃ NĂM",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "ngày 05 tháng 01 năm 2026",
            "BÁO CÁO",
            PlanReport.t("plan.report.section.results"),
            PlanReport.t("plan.report.section.breakdown"),
            PlanReport.t("plan.report.section.difficulties"),
            PlanReport.t("plan.report.section.proposals"),
            PlanReport.t("plan.report.section.appendix"));
  }

  @Test
  void textHasEveryTargetWithItsValueAndStatusAsTheEvaluationSays() throws IOException {
    String text = text(PDF);
    for (TargetEvaluation te : E2025.targets()) {
      String row = te.code() + " ";
      assertThat(text).as(te.code()).contains(row);
      assertThat(text).as(te.code()).contains(HtmlReport.value(te.kind(), te.town()));
    }
    // The summary sentence counts statuses as the evaluation does.
    assertThat(text)
        .contains(
            PlanReport.t(
                "plan.report.summary",
                String.valueOf(E2025.targets().size()),
                count(E2025, vn.edudx.api.plan.PlanStatus.MET),
                count(E2025, vn.edudx.api.plan.PlanStatus.ON_TRACK),
                count(E2025, vn.edudx.api.plan.PlanStatus.AT_RISK),
                count(E2025, vn.edudx.api.plan.PlanStatus.OFF_TRACK),
                count(E2025, vn.edudx.api.plan.PlanStatus.NO_DATA)));
  }

  @Test
  void hostileTextIsPrintedAsTextNeverInterpreted() throws IOException {
    // A narrow column may break the name across lines: compare without white space.
    assertThat(text(PDF).replace(" ", ""))
        .contains(ReportFixture.SCRIPT_WARD.replace(" ", ""))
        .contains(ReportFixture.FORMULA_SCHOOL.replace(" ", ""));
  }

  @Test
  void aStrayControlCharacterInANoteCannotBreakTheLayout() {
    assertThat(HtmlReport.esc("a\u0001b\u0007c\td")).isEqualTo("a b c\td");
    // Half a surrogate pair (a JSON "\ud800") cannot be XML; a whole pair (an emoji) stays.
    assertThat(HtmlReport.esc("x\uD800y\uDC00z😀")).isEqualTo("x\uFFFDy\uFFFDz😀");
    assertThat(
            PdfReport.parse("<p>" + HtmlReport.esc("\uD800😀") + "</p>")
                .getDocumentElement()
                .getTextContent())
        .isEqualTo("\uFFFD😀");
    assertThat(
            PdfReport.parse(
                    "<html><head></head><body><p>"
                        + HtmlReport.esc("x\u0002y")
                        + "</p>"
                        + "</body></html>")
                .getElementsByTagName("p")
                .item(0)
                .getTextContent())
        .isEqualTo("x y");
  }

  private static String count(PlanEvaluation e, vn.edudx.api.plan.PlanStatus s) {
    return String.valueOf(e.summary().getOrDefault(s, 0));
  }

  /** The text of every page, each run of white space made one space. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // In the order the document was written: cell after cell, not line across the page.
      stripper.setSortByPosition(false);
      return stripper.getText(doc).replaceAll("\\s+", " ");
    }
  }
}
