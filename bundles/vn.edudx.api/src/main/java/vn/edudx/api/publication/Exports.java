package vn.edudx.api.publication;

/**
 * A publication's downloads. Every cell that a spreadsheet could read as a formula is written as
 * text, and every name is escaped in HTML.
 */
public interface Exports {

  /** The rankings as CSV (UTF-8 with BOM, comma separated), one row per ranked or unranked unit. */
  byte[] csv(Publication publication);

  /** An XLSX workbook: a sheet per ranking and a methodology sheet. */
  byte[] xlsx(Publication publication);

  /** A press-ready HTML page: tables, a chart per level, the method in plain Vietnamese. */
  String html(Publication publication);
}
