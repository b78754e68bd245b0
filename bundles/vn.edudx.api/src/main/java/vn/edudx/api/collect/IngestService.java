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
   * Parses a file by its type (CSV of observations, or an XLSX workbook: the self-assessment
   * template or a sheet with the CSV's columns) and ingests it as {@link #ingest(IncomingBatch)}
   * does; a file that cannot be parsed is rejected with the reason. The same as {@code
   * ingest(parseFile(delivery, rowsRead))}.
   */
  IngestResult ingestFile(Delivery delivery);

  /**
   * Parses a file by its type without validating or storing anything, so that a caller can check
   * the rows (their units, say) before {@link #ingest(IncomingBatch)} stores them. A {@code .csv}
   * or {@code .txt} file is read as CSV, a {@code .xlsx} file as a workbook; any other name gives a
   * batch with no rows and the parse problem {@code file.type}. Problems of the file itself (not
   * UTF-8, not a workbook, a zip bomb, a missing column, a formula without a saved result) are in
   * {@link IncomingBatch#parseProblems()}; the values are not checked yet.
   *
   * @param rowsRead told how many rows have been read so far, every {@link #PROGRESS_STEP} rows
   * @since 1.2
   */
  default IncomingBatch parseFile(Delivery delivery, IntConsumer rowsRead) {
    throw new UnsupportedOperationException("this pipeline does not parse files on their own");
  }

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
