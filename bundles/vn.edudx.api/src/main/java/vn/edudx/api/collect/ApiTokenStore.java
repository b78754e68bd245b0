package vn.edudx.api.collect;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the schools' push keys are kept: each with the SHA-256 of its secret, never the secret. */
public interface ApiTokenStore {

  /** Stores a new key by the hex SHA-256 of its secret. */
  void add(ApiToken token, String secretHash);

  Optional<ApiToken> find(String id);

  /** The key whose secret has this hex SHA-256, revoked or not. */
  Optional<ApiToken> byHash(String secretHash);

  /** Every key, newest first. */
  List<ApiToken> list();

  /**
   * Marks a key revoked unless it already is; answers the key as stored afterwards, or nothing if
   * there is no such key.
   */
  Optional<ApiToken> revoke(String id, Instant at, String by);

  /** Records when a key was last used. */
  void used(String id, Instant at);
}
