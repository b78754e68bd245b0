package vn.edudx.api.plan;

import java.time.Instant;

/**
 * A plan publication as stored: its immutable snapshot (kept as the exact JSON its checksum covers)
 * and the one thing that may be added later, the publication that superseded it.
 *
 * @param json the snapshot's canonical JSON, byte for byte as published
 * @param checksum the SHA-256 of {@code json}, lower-case hex; the HTTP ETag
 * @param supersededBy the id of the correction that replaced it, or {@code null}
 * @param supersededAt when it was replaced, or {@code null}
 */
public record StoredPlanPublication(
    PlanPublication snapshot,
    byte[] json,
    String checksum,
    String supersededBy,
    Instant supersededAt) {

  public StoredPlanPublication {
    json = json.clone();
  }

  public String id() {
    return snapshot.id();
  }

  @Override
  public byte[] json() {
    return json.clone();
  }

  /** Whether the public may see it at the given time: once its embargo has passed. */
  public boolean publicAt(Instant now) {
    return !now.isBefore(snapshot.embargoUntil());
  }
}
