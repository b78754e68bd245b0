package vn.edudx.plan.report;

import java.util.List;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;

/**
 * A year's evaluation of a plan as the documents the Education Office hands on: a print-ready A4
 * report in the Vietnamese administrative form (Decree 30/2020/NĐ-CP) and its XLSX data appendix.
 * Both are in Vietnamese, with numbers written the Vietnamese way (85,5%; 6.418).
 *
 * <p>Both methods are pure: the same definition, evaluation and header give the same bytes.
 */
public final class PlanReport {

  static final Messages MESSAGES =
      Messages.load("vn.edudx.plan.internal.messages", PlanReport.class);

  private PlanReport() {}

  /**
   * The report as one self-contained HTML document: A4 page rules, inline CSS, no script and no
   * external resource, every text escaped; sections I–V (results per target and per task of the
   * plan's section III, per ward or commune and per level, difficulties, proposals with, from the
   * final year on, the projection to the horizon year, and the data appendix).
   *
   * @param definition the plan the evaluation was made against
   * @param evaluation the evaluated year
   * @param header the heading block, signature and recipients
   */
  public static String html(
      PlanDefinition definition, PlanEvaluation evaluation, ReportHeader header) {
    return new HtmlReport(definition, evaluation, header).write();
  }

  /**
   * The same report as an A4 PDF, laid out from {@link #html} so that paper and screen say the
   * same; the text is embedded DejaVu Serif and can be searched and copied. The same input gives
   * the same bytes: the PDF's dates are the header's date.
   */
  public static byte[] pdf(
      PlanDefinition definition, PlanEvaluation evaluation, ReportHeader header) {
    return pdf(html(definition, evaluation, header), header);
  }

  /** {@link #pdf(PlanDefinition, PlanEvaluation, ReportHeader)} of the report with notices. */
  public static byte[] pdf(
      PlanDefinition definition,
      PlanEvaluation evaluation,
      ReportHeader header,
      List<LocalizedText> notices) {
    return pdf(html(definition, evaluation, header, notices), header);
  }

  private static byte[] pdf(String html, ReportHeader header) {
    return PdfReport.write(html, PdfReport.calendar(header.date()));
  }

  /**
   * The report with notices above its heading, each in Vietnamese and in English, in a framed box
   * that prints: a published report that a correction replaced says so, and by which publication.
   * Without notices it is exactly {@link #html(PlanDefinition, PlanEvaluation, ReportHeader)}.
   *
   * @param notices what the reader must know before anything else; empty for none
   */
  public static String html(
      PlanDefinition definition,
      PlanEvaluation evaluation,
      ReportHeader header,
      List<LocalizedText> notices) {
    String html = html(definition, evaluation, header);
    if (notices == null || notices.isEmpty()) {
      return html;
    }
    StringBuilder box =
        new StringBuilder(
            "<div class=\"notice\" role=\"note\" style=\"border:2pt solid #000;"
                + "padding:4pt 8pt;margin:0 0 10pt;font-size:13pt\">\n");
    for (LocalizedText n : notices) {
      box.append("<p style=\"text-indent:0;margin:0 0 4pt\"><b>")
          .append(HtmlReport.esc(n.vi()))
          .append("</b><br/><i lang=\"en\">")
          .append(HtmlReport.esc(n.en()))
          .append("</i></p>\n");
    }
    box.append("</div>\n");
    int body = html.indexOf("<body>");
    int at = body < 0 ? 0 : html.indexOf('\n', body) + 1;
    return html.substring(0, at) + box + html.substring(at);
  }

  /**
   * The data appendix as an XLSX workbook: a sheet of the targets, one of the tasks (a row per task
   * and unit, with the evidence and its source), one per ward or commune, one per school level and
   * one of every input value with its source. Text cells that a spreadsheet could take for a
   * formula are neutralised.
   */
  public static byte[] xlsx(PlanDefinition definition, PlanEvaluation evaluation) {
    return XlsxReport.write(definition, evaluation);
  }

  /** The Vietnamese text of a message. */
  static String t(String key, Object... args) {
    return MESSAGES.text(key, args).vi();
  }
}
