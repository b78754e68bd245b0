package vn.edudx.api.collect;

/**
 * The one ingest pipeline every collector uses: parse, validate against the register and the
 * indicator sets, store with provenance, then rescore the units touched.
 */
public interface IngestService {

  /**
   * Validates and stores a delivery. By default a delivery with any problem is rejected whole and
   * nothing of it is stored; the same content delivered twice is stored once.
   *
   * @throws vn.edudx.api.EduDxException of kind UNAVAILABLE when EduDX cannot take deliveries yet
   *     (the caller should keep the delivery and retry)
   */
  IngestResult ingest(IncomingBatch batch);

  /**
   * Parses a file by its type (CSV of observations for now) and ingests it as {@link
   * #ingest(IncomingBatch)} does; a file that cannot be parsed is rejected with the reason.
   */
  IngestResult ingestFile(Delivery delivery);
}
