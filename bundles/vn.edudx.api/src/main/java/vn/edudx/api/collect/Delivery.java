package vn.edudx.api.collect;

import java.time.Instant;
import java.util.Objects;

/**
 * A file as a collector received it, before parsing: the ingest pipeline picks the parser from the
 * file's name and computes the checksum that makes a repeat a no-op.
 *
 * @param source the collector id, recorded as the values' source
 * @param instance the collector instance
 * @param fileName the file name as the sender gave it
 * @param content the raw bytes
 * @param receivedBy who sent it
 * @param acceptValidRows store the valid rows of a file that has bad ones, instead of rejecting it
 *     whole (the default)
 */
public record Delivery(
    String source,
    String instance,
    String fileName,
    byte[] content,
    Instant receivedAt,
    String receivedBy,
    boolean acceptValidRows) {

  public Delivery {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
