package vn.edudx.security.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.ApiTokenStore;

/** The push keys in a map, with the hashes kept beside them so tests can see what is stored. */
final class InMemoryApiTokenStore implements ApiTokenStore {

  final Map<String, ApiToken> byId = new LinkedHashMap<>();
  final Map<String, String> hashById = new LinkedHashMap<>();

  @Override
  public void add(ApiToken token, String secretHash) {
    byId.put(token.id(), token);
    hashById.put(token.id(), secretHash);
  }

  @Override
  public Optional<ApiToken> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<ApiToken> byHash(String secretHash) {
    return hashById.entrySet().stream()
        .filter(e -> e.getValue().equals(secretHash))
        .map(e -> byId.get(e.getKey()))
        .findFirst();
  }

  @Override
  public List<ApiToken> list() {
    return byId.values().stream()
        .sorted(Comparator.comparing(ApiToken::createdAt).reversed())
        .toList();
  }

  @Override
  public Optional<ApiToken> revoke(String id, Instant at, String by) {
    ApiToken t = byId.get(id);
    if (t == null) {
      return Optional.empty();
    }
    if (!t.revoked()) {
      t =
          new ApiToken(
              t.id(),
              t.unitCode(),
              t.label(),
              t.createdAt(),
              t.createdBy(),
              at,
              by,
              t.lastUsedAt());
      byId.put(id, t);
    }
    return Optional.of(t);
  }

  @Override
  public void used(String id, Instant at) {
    ApiToken t = byId.get(id);
    if (t != null) {
      byId.put(
          id,
          new ApiToken(
              t.id(),
              t.unitCode(),
              t.label(),
              t.createdAt(),
              t.createdBy(),
              t.revokedAt(),
              t.revokedBy(),
              at));
    }
  }
}
