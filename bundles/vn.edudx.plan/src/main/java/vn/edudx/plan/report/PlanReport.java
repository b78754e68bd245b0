package vn.edudx.plan.report;

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
