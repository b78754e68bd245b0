package vn.edudx.api.collect;

import java.time.Instant;
import java.util.Objects;

/**
 * A key the education office issued to one school's management system so that it can push values
 * ({@code POST /api/v1/observations}); known to EduDX only by the SHA-256 of its secret.
 *
 * @param id the public identifier, shown in lists and recorded as the provenance of pushed values
 * @param unitCode the school whose values the key may push
 * @param label what the office calls it, for instance the system's name
 * @param revokedAt when it was revoked, or {@code null} while it works
 * @param lastUsedAt when a request last authenticated with it, or {@code null}
 */
public record ApiToken(
    String id,
    String unitCode,
    String label,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    String revokedBy,
    Instant lastUsedAt) {

  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
