package vn.edudx.api.plan;

/**
 * The year-end report of a plan, as the office hands it to the People's Committee: a print-ready A4
 * page in the Vietnamese administrative form (HTML and PDF), and its data appendix as a workbook.
 * Both are made from the evaluation of the year ({@link PlanEvaluator}).
 */
public interface PlanReports {

  /**
   * The report as a self-contained HTML document (Vietnamese, A4 print layout).
   *
   * @throws vn.edudx.api.EduDxException as {@link PlanEvaluator#evaluate}
   */
  String html(String planId, int year);

  /**
   * The same report as an A4 PDF laid out from {@link #html}: the text the office previewed, with
   * its fonts embedded, searchable and copyable.
   */
  byte[] pdf(String planId, int year);

  /** The data appendix as an XLSX workbook. */
  byte[] xlsx(String planId, int year);
}
