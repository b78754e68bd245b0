package vn.edudx.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import vn.edudx.api.security.UserStore.StoredToken;

/**
 * An issued sign-in token, known only by the SHA-256 of its secret, so that reading the database
 * does not give anyone a usable token.
 */
@Entity
@Table(
    name = "EDUDX_TOKEN",
    indexes = {@Index(name = "EDUDX_TOKEN_USER", columnList = "USERNAME")})
public class TokenEntity {

  @Id
  @Column(name = "HASH", length = 64)
  private String hash;

  @Column(name = "USERNAME", length = 64, nullable = false)
  private String username;

  @Column(name = "ISSUED_AT", nullable = false)
  private Instant issuedAt;

  @Column(name = "EXPIRES_AT", nullable = false)
  private Instant expiresAt;

  @Column(name = "REVOKED_AT")
  private Instant revokedAt;

  protected TokenEntity() {}

  TokenEntity(String hash) {
    this.hash = hash;
  }

  void copyFrom(StoredToken t) {
    username = t.username();
    issuedAt = t.issuedAt();
    expiresAt = t.expiresAt();
    revokedAt = t.revokedAt();
  }

  void revoke(Instant at) {
    revokedAt = at;
  }

  StoredToken toStored() {
    return new StoredToken(hash, username, issuedAt, expiresAt, revokedAt);
  }
}
