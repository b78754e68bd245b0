package vn.edudx.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.edudx.api.security.UserStore;

/** Users and tokens in maps, behaving like the database store for tests without one. */
final class InMemoryUserStore implements UserStore {

  final Map<String, StoredUser> users = new TreeMap<>();
  final Map<String, StoredToken> tokens = new ConcurrentHashMap<>();

  @Override
  public synchronized Optional<StoredUser> user(String username) {
    return Optional.ofNullable(users.get(username));
  }

  @Override
  public synchronized List<StoredUser> users() {
    return List.copyOf(users.values());
  }

  @Override
  public synchronized void save(StoredUser user) {
    users.put(user.username(), user);
  }

  @Override
  public void save(StoredToken token) {
    tokens.put(token.hash(), token);
  }

  @Override
  public Optional<StoredToken> token(String hash) {
    return Optional.ofNullable(tokens.get(hash));
  }

  @Override
  public int purgeTokens(Instant expiredBefore) {
    int before = tokens.size();
    tokens.values().removeIf(t -> t.expiresAt().isBefore(expiredBefore));
    return before - tokens.size();
  }

  @Override
  public int revokeAll(String username, Instant at) {
    int n = 0;
    for (StoredToken t : List.copyOf(tokens.values())) {
      if (t.username().equals(username) && t.revokedAt() == null && at.isBefore(t.expiresAt())) {
        tokens.put(
            t.hash(), new StoredToken(t.hash(), t.username(), t.issuedAt(), t.expiresAt(), at));
        n++;
      }
    }
    return n;
  }
}
