package vn.edudx.api.publication;

import java.time.Instant;

/**
 * A publication as stored: its immutable snapshot (kept as the exact JSON its checksum covers) and
 * the one thing that may be added later, the publication that superseded it.
 *
 * @param json the snapshot's canonical JSON, byte for byte as published
 * @param checksum the SHA-256 of {@code json}, hex
 * @param supersededBy the id of the correction that replaced it, or {@code null}
 */
public record Publication(
    Snapshot snapshot, byte[] json, String checksum, String supersededBy, Instant supersededAt) {

  public String id() {
    return snapshot.id();
  }

  /** Whether the public may see it at the given time. */
  public boolean publicAt(Instant now) {
    return !now.isBefore(snapshot.embargoUntil());
  }
}
