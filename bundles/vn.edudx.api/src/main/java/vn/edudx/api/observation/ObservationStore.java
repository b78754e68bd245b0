package vn.edudx.api.observation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edudx.api.Problem;

/** The values collected for units and periods, and the record of every delivery. */
public interface ObservationStore {

  /**
   * Stores a delivery's values in one transaction: all or nothing. If content with the same
   * checksum was accepted before, stores nothing and records a {@link
   * ImportBatch.Status#DUPLICATE}.
   *
   * @param rows how many data rows the delivery had
   * @param skipped problems of rows left out (when a delivery may store its valid rows only)
   */
  ImportBatch accept(
      BatchHeader header, int rows, List<NewObservation> values, List<Problem> skipped);

  /**
   * The delivery accepted earlier with this checksum, if any: a repeat is recognised before its
   * rows are checked again, so that it stays a duplicate even when the rules changed since.
   */
  default Optional<Long> acceptedWith(String checksum) {
    return Optional.empty();
  }

  /**
   * The newest delivery accepted from this collector instance under this origin (a file name, a
   * pushed batch id), if any: how a reused batch id with other content is told from a repeat.
   */
  default Optional<ImportBatch> acceptedFrom(String source, String instance, String origin) {
    return Optional.empty();
  }

  /** Records that a delivery was rejected, and why; stores none of its values. */
  ImportBatch reject(BatchHeader header, int rows, List<Problem> problems);

  /**
   * The current value of every indicator of the given units in the period: the one most recently
   * received.
   */
  List<Observation> current(String period, Collection<String> unitCodes);

  /** Every value ever received for one unit, period and indicator, newest first. */
  List<Observation> history(String unitCode, String period, String indicatorCode);

  /** Deliveries, newest first. */
  List<ImportBatch> batches(int offset, int limit);

  Optional<ImportBatch> batch(long id);

  /**
   * The units whose values each of these deliveries stored, by delivery id; a delivery that stored
   * nothing (rejected, a repeat) is absent. Used to show a delivery only to those whose area holds
   * all its units.
   */
  default Map<Long, Set<String>> unitsStoredBy(Collection<Long> batchIds) {
    return Map.of();
  }

  /** Units that have at least one value in the period. */
  Set<String> unitsWithData(String period);

  /** The periods that have values. */
  Set<String> periods();

  long count();

  /**
   * The deliveries counted per collector instance ({@code source}, {@code instance}), with the
   * newest delivery and the newest rejection. A store that cannot count cheaply returns nothing.
   */
  default List<BatchTally> tallies() {
    return List.of();
  }
}
