package vn.edudx.api.collect;

import java.util.List;
import vn.edudx.api.Problem;
import vn.edudx.api.observation.BatchHeader;

/**
 * A delivery as a collector parsed it, with any problems already met while parsing (a missing
 * column, a row that could not be read).
 *
 * @param acceptValidRows store the valid rows of a delivery that has bad ones, instead of rejecting
 *     it whole (the default)
 */
public record IncomingBatch(
    BatchHeader header,
    List<IncomingRow> rows,
    List<Problem> parseProblems,
    boolean acceptValidRows) {

  public IncomingBatch {
    rows = List.copyOf(rows);
    parseProblems = parseProblems == null ? List.of() : List.copyOf(parseProblems);
  }
}
