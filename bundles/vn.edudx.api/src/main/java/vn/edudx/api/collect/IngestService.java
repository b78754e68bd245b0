package vn.edudx.api.collect;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The one ingest pipeline every collector uses: parse, validate against the register and the
 * indicator sets, store with provenance, then rescore the units touched.
 */
public interface IngestService {

  /**
   * Validates and stores a delivery. By default a delivery with any problem is rejected whole and
   * nothing of it is stored; the same content delivered twice is stored once. The service exists
   * only once an indicator set is compiled. A runtime exception means nothing was stored: the
   * caller keeps the delivery and tries again.
   */
  IngestResult ingest(IncomingBatch batch);

  /**
   * Parses a file by its type (CSV of observations for now) and ingests it as {@link
   * #ingest(IncomingBatch)} does; a file that cannot be parsed is rejected with the reason.
   */
  IngestResult ingestFile(Delivery delivery);

  /**
   * As {@link #ingestFile(Delivery)}, telling {@code rowsRead} how many rows have been read so far
   * (every {@link #PROGRESS_STEP} rows of a large file), so that a shell or a page can show
   * progress. A pipeline without progress reports simply ingests.
   */
  default IngestResult ingestFile(Delivery delivery, IntConsumer rowsRead) {
    return ingestFile(delivery);
  }

  /**
   * The deliveries being worked on now, oldest first: what a page or the shell shows while a large
   * file is imported. A pipeline that does not track them returns nothing.
   */
  default List<ImportProgress> running() {
    return List.of();
  }

  /**
   * The source of the values a school types into its self-assessment form. Like {@link
   * #EXTERNAL_EVALUATION_SOURCE}, it belongs to the evaluation workflow, which decides itself when
   * an assessment may change; every other source is refused the values of an assessment that is
   * submitted or approved.
   */
  String SELF_ASSESSMENT_SOURCE = "self-assessment";

  /** The source of the values the office enters in its external evaluation of a school. */
  String EXTERNAL_EVALUATION_SOURCE = "external-evaluation";

  /** How many rows pass between two progress reports. */
  int PROGRESS_STEP = 1_000;
}
