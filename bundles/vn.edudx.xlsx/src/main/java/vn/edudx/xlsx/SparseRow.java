package vn.edudx.xlsx;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A row that stores only its non-empty cells, so that a tiny file with one cell in column XFD on
 * every row cannot make the reader allocate billions of empty slots.
 */
final class SparseRow extends AbstractList<String> implements RandomAccess {

  private final int[] cols;
  private final String[] values;

  /** Takes the columns in ascending order without duplicates, and their non-empty values. */
  SparseRow(int[] cols, String[] values) {
    this.cols = cols;
    this.values = values;
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(index);
    }
    if (index < cols.length && cols[index] == index) {
      return values[index];
    }
    int at = Arrays.binarySearch(cols, index);
    return at >= 0 ? values[at] : "";
  }

  @Override
  public int size() {
    return cols.length == 0 ? 0 : cols[cols.length - 1] + 1;
  }
}
