package vn.edudx.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import vn.edudx.api.collect.ApiToken;

/**
 * A school's push key, known only by the SHA-256 of its secret (unique), so that reading the
 * database does not give anyone a key that works.
 */
@Entity
@Table(
    name = "EDUDX_API_TOKEN",
    indexes = {
      @Index(name = "EDUDX_API_TOKEN_HASH", columnList = "SECRET_HASH", unique = true),
      @Index(name = "EDUDX_API_TOKEN_UNIT", columnList = "UNIT_CODE")
    })
public class ApiTokenEntity {

  @Id
  @Column(name = "ID", length = 32)
  private String id;

  @Column(name = "SECRET_HASH", length = 64, nullable = false)
  private String secretHash;

  @Column(name = "UNIT_CODE", length = 64, nullable = false)
  private String unitCode;

  @Column(name = "LABEL", length = 200)
  private String label;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "CREATED_BY", length = 64)
  private String createdBy;

  @Column(name = "REVOKED_AT")
  private Instant revokedAt;

  @Column(name = "REVOKED_BY", length = 64)
  private String revokedBy;

  @Column(name = "LAST_USED_AT")
  private Instant lastUsedAt;

  protected ApiTokenEntity() {}

  ApiTokenEntity(ApiToken t, String secretHash) {
    this.id = t.id();
    this.secretHash = secretHash;
    this.unitCode = t.unitCode();
    this.label = t.label();
    this.createdAt = t.createdAt();
    this.createdBy = t.createdBy();
    this.revokedAt = t.revokedAt();
    this.revokedBy = t.revokedBy();
    this.lastUsedAt = t.lastUsedAt();
  }

  void revoke(Instant at, String by) {
    if (revokedAt == null) {
      revokedAt = at;
      revokedBy = by;
    }
  }

  void used(Instant at) {
    lastUsedAt = at;
  }

  ApiToken toToken() {
    return new ApiToken(
        id, unitCode, label, createdAt, createdBy, revokedAt, revokedBy, lastUsedAt);
  }
}
