package vn.edudx.api.observation;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a delivery of values came from: the collector, the file or request, its checksum (which
 * makes a second delivery of the same content a no-op), when and from whom.
 *
 * @param source the collector id, e.g. {@code file}
 * @param instance the collector instance (a drop folder's name), or {@code default}
 * @param origin the file name or request id as the sender knows it
 * @param checksum a SHA-256 of the content, hex
 * @param receivedAt when EduDX received it
 * @param receivedBy who sent it (a user, a school token, {@code system})
 */
public record BatchHeader(
    String source,
    String instance,
    String origin,
    String checksum,
    Instant receivedAt,
    String receivedBy) {

  public BatchHeader {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(receivedAt, "receivedAt");
    instance = instance == null ? "default" : instance;
    receivedBy = receivedBy == null ? "system" : receivedBy;
  }
}
