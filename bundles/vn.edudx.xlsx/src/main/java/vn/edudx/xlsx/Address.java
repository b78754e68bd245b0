package vn.edudx.xlsx;

/**
 * A cell position, so that messages to office staff can say "B7" as Excel does instead of "row 6,
 * column 1".
 *
 * <p>The API counts rows and columns from 0; {@link #toString()} gives the spreadsheet form with
 * 1-based rows and letters for columns: {@code Address.of(6, 1).toString()} is {@code "B7"}.
 *
 * @param row the 0-based row
 * @param col the 0-based column
 */
public record Address(int row, int col) {

  /** Rejects negative positions early, where the mistake is made, not when the text is built. */
  public Address {
    if (row < 0 || col < 0) {
      throw new IllegalArgumentException("row and column must be >= 0: " + row + ", " + col);
    }
  }

  /** The address of the cell at a 0-based row and column, to name it in a message. */
  public static Address of(int row, int col) {
    return new Address(row, col);
  }

  /** The column letters ("A", "Z", "AA", ...) of a 0-based column, as shown in Excel's header. */
  public static String columnName(int col) {
    if (col < 0) {
      throw new IllegalArgumentException("column must be >= 0: " + col);
    }
    StringBuilder name = new StringBuilder(3);
    for (int n = col + 1; n > 0; n = (n - 1) / 26) {
      name.append((char) ('A' + (n - 1) % 26));
    }
    return name.reverse().toString();
  }

  /**
   * Parses a reference such as "C5" as it appears in a worksheet's {@code r} attribute.
   *
   * @return the address, or null when the text is not a plain cell reference
   */
  static Address parse(String ref) {
    int i = 0;
    int col = 0;
    while (i < ref.length() && i < 3 && isLetter(ref.charAt(i))) {
      col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
    }
    int digits = ref.length() - i;
    if (i == 0 || digits < 1 || digits > 7) {
      return null;
    }
    int row = 0;
    for (; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      row = row * 10 + (c - '0');
    }
    return row == 0 ? null : new Address(row - 1, col - 1);
  }

  /** Like {@link #parse} for a row number alone ("5"), as in a row's {@code r} attribute. */
  static int parseRow(String text) {
    if (text.isEmpty() || text.length() > 7) {
      return -1;
    }
    int row = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      row = row * 10 + (c - '0');
    }
    return row - 1;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** The spreadsheet form, e.g. "B7". */
  @Override
  public String toString() {
    return columnName(col) + (row + 1);
  }
}
