package vn.edudx.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where users and the hashes of their tokens are kept. */
public interface UserStore {

  /**
   * A stored user.
   *
   * @param passwordHash {@code pbkdf2-sha512$<iterations>$<salt base64>$<hash base64>}
   */
  record StoredUser(
      String username,
      String displayName,
      Role role,
      String unitCode,
      String passwordHash,
      boolean enabled,
      Instant createdAt) {

    public User user() {
      return new User(username, displayName, role, unitCode, enabled, createdAt);
    }
  }

  /**
   * An issued token, known by the SHA-256 of its secret.
   *
   * @param revokedAt when it was revoked, or {@code null}
   */
  record StoredToken(
      String hash, String username, Instant issuedAt, Instant expiresAt, Instant revokedAt) {}

  Optional<StoredUser> user(String username);

  List<StoredUser> users();

  /** Adds a new user or replaces the stored one of the same name. */
  void save(StoredUser user);

  void save(StoredToken token);

  Optional<StoredToken> token(String hash);

  /** Revokes every live token of a user; returns how many. */
  int revokeAll(String username, Instant at);

  /**
   * Deletes the tokens that expired before a time, revoked or not (they can no longer be used, and
   * a sign-in a day leaves a row a day); returns how many.
   */
  int purgeTokens(Instant expiredBefore);
}
