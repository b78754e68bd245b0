package vn.edudx.api.observation;

import java.util.List;
import vn.edudx.api.Problem;

/**
 * The record of one delivery: whether it was accepted, rejected or a repeat of an earlier one, how
 * many rows it had and stored, and every problem found.
 */
public record ImportBatch(
    long id,
    BatchHeader header,
    Status status,
    int rows,
    int stored,
    Long duplicateOf,
    List<Problem> problems) {

  /** What became of a delivery. */
  public enum Status {
    /** Its values are stored. */
    ACCEPTED,
    /** Nothing of it is stored; the problems say why. */
    REJECTED,
    /** The same content was accepted before; nothing was stored again. */
    DUPLICATE
  }

  public ImportBatch {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}
