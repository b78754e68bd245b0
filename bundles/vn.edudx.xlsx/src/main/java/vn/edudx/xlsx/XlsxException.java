package vn.edudx.xlsx;

/**
 * Why a file could not be read, in terms a caller can turn into its own (bilingual) message: a
 * {@link Reason} and the part of the package at fault, besides a plain English message.
 */
public final class XlsxException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong, one value per different advice to the person who sent the file. */
  public enum Reason {
    /** Not a ZIP archive, or a ZIP archive without a workbook (CSV, HTML, .docx, .ods...). */
    NOT_XLSX,
    /** An OLE2 compound file: an old Excel 97-2003 .xls, or a password-protected workbook. */
    ENCRYPTED,
    /** More ZIP entries than {@link Limits#maxEntries()}. */
    TOO_MANY_PARTS,
    /** A part or the whole inflates beyond {@link Limits}: a zip bomb or a huge workbook. */
    TOO_LARGE,
    /** A sheet has more rows than {@link Limits#maxRows()}. */
    TOO_MANY_ROWS,
    /** A sheet has more columns than {@link Limits#maxColumns()}. */
    TOO_MANY_COLUMNS,
    /** A cell holds more characters than {@link Limits#maxCellLength()}. */
    CELL_TOO_LONG,
    /** Damaged: broken ZIP or XML, a DOCTYPE, a missing part, an impossible reference. */
    MALFORMED,
    /** The input stream itself failed while reading. */
    IO_ERROR
  }

  private final Reason reason;
  private final String part;

  /**
   * Creates an exception whose message starts with the part, so that logs are useful as they are.
   *
   * @param reason what went wrong
   * @param part the package part at fault ("xl/worksheets/sheet2.xml"), or "" for the whole file
   * @param message what went wrong, in English, without the part
   * @param cause the underlying exception, or null
   */
  public XlsxException(Reason reason, String part, String message, Throwable cause) {
    super(part.isEmpty() ? message : part + ": " + message, cause);
    this.reason = reason;
    this.part = part;
  }

  /** What went wrong, for callers that choose their own words. */
  public Reason reason() {
    return reason;
  }

  /** The part at fault ("xl/worksheets/sheet2.xml"), or "" when it is the file as a whole. */
  public String part() {
    return part;
  }
}
