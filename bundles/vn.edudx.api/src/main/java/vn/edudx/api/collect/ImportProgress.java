package vn.edudx.api.collect;

import java.time.Instant;

/**
 * A delivery the ingest pipeline is working on now, for the shell and the REST API to show while a
 * large file is imported.
 *
 * @param source the collector id
 * @param instance the collector instance
 * @param origin the file name or request id
 * @param receivedBy who sent it
 * @param phase what the pipeline is doing with it
 * @param rows data rows read so far (all of them once reading is over)
 * @param values values checked and being stored (0 before the check is over)
 * @param startedAt when the pipeline started on it
 */
public record ImportProgress(
    String source,
    String instance,
    String origin,
    String receivedBy,
    Phase phase,
    int rows,
    int values,
    Instant startedAt) {

  /** The steps of a delivery, in order. */
  public enum Phase {
    /** Parsing the file; {@code rows} grows. */
    READING,
    /** Checking every row against the register and the indicator sets. */
    CHECKING,
    /** Writing the values in one transaction. */
    STORING,
    /** Rescoring the units touched; the values are stored. */
    RESCORING
  }
}
