package vn.edudx.xlsx;

/**
 * The most a file may ask of the reader; everything beyond is refused, so that an uploaded file
 * cannot exhaust memory or time (a zip bomb inflates 100 KB into gigabytes).
 *
 * @param maxEntries the most entries (parts) the ZIP archive may hold
 * @param maxEntryBytes the most bytes one entry may inflate to, counted while inflating
 * @param maxTotalBytes the most bytes all entries together may inflate to
 * @param maxRows the most rows a sheet may have (up to its last non-empty row)
 * @param maxColumns the most columns a sheet may have (up to its last non-empty column)
 * @param maxCellLength the most characters one cell may hold
 */
public record Limits(
    int maxEntries,
    long maxEntryBytes,
    long maxTotalBytes,
    int maxRows,
    int maxColumns,
    int maxCellLength) {

  /**
   * Enough for any workbook office staff make by hand (Excel's own limits for columns and cell
   * length), far below what would hurt the server.
   */
  public static final Limits DEFAULTS =
      new Limits(200, 50L * 1024 * 1024, 100L * 1024 * 1024, 200_000, 16_384, 32_767);

  /** Refuses limits that would turn the checks off or make every file fail. */
  public Limits {
    if (maxEntries < 1
        || maxEntryBytes < 1
        || maxTotalBytes < 1
        || maxRows < 1
        || maxColumns < 1
        || maxCellLength < 1) {
      throw new IllegalArgumentException("every limit must be at least 1");
    }
  }
}
