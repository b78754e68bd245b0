package vn.edudx.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.EduDxException;
import vn.edudx.api.EduDxException.Kind;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.ApiTokenService;
import vn.edudx.api.collect.ApiTokenStore;
import vn.edudx.api.collect.IssuedApiToken;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;

/**
 * Issues and checks the keys of schools' management systems. A key is 256 random bits, so like a
 * sign-in token it is stored only as its SHA-256 ({@link Tokens#hash}); unlike a sign-in token it
 * does not expire, since a system cannot sign in again by itself, and so it can only be revoked.
 */
@Component(service = ApiTokenService.class)
public class EduDxApiTokens implements ApiTokenService {

  static final int MAX_LABEL = 200;
  private static final int SECRET_BYTES = 32;
  private static final int ID_BYTES = 8;

  private final ApiTokenStore store;
  private final UnitStore units;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  @Activate
  public EduDxApiTokens(@Reference ApiTokenStore store, @Reference UnitStore units) {
    this(store, units, Clock.systemUTC());
  }

  EduDxApiTokens(ApiTokenStore store, UnitStore units, Clock clock) {
    this.store = store;
    this.units = units;
    this.clock = clock;
  }

  @Override
  public IssuedApiToken issue(String unitCode, String label, Caller by) {
    admin(by);
    String code = unitCode == null ? "" : unitCode.strip();
    if (code.isEmpty()) {
      throw new EduDxException(Kind.INVALID, Texts.problem("apitoken.unit.required", "unit", null));
    }
    OrgUnit unit =
        units
            .find(code)
            .orElseThrow(
                () ->
                    new EduDxException(
                        Kind.INVALID, Texts.problem("apitoken.unit.unknown", "unit", code, code)));
    if (!unit.isSchool()) {
      throw new EduDxException(
          Kind.INVALID,
          Texts.problem("apitoken.unit.not-school", "unit", code, code, unit.type().name()));
    }
    if (!units.covers(by.unitCode(), code)) {
      throw new EduDxException(
          Kind.FORBIDDEN,
          Texts.problem("apitoken.unit.outside-area", "unit", code, code, by.unitCode()));
    }
    String name = label == null || label.isBlank() ? null : label.strip();
    if (name != null && name.length() > MAX_LABEL) {
      throw new EduDxException(
          Kind.INVALID,
          Texts.problem("apitoken.label.too-long", "label", null, MAX_LABEL, name.length()));
    }
    String secret = SECRET_PREFIX + randomUrl(SECRET_BYTES);
    ApiToken token =
        new ApiToken(
            HexFormat.of().formatHex(bytes(ID_BYTES)),
            code,
            name,
            clock.instant(),
            by.username(),
            null,
            null,
            null);
    store.add(token, Tokens.hash(secret));
    return new IssuedApiToken(token, secret);
  }

  @Override
  public List<ApiToken> list(Caller by) {
    admin(by);
    return store.list().stream().filter(t -> units.covers(by.unitCode(), t.unitCode())).toList();
  }

  @Override
  public ApiToken revoke(String id, Caller by) {
    admin(by);
    // A key of a school outside the area is answered as unknown: its existence is not the
    // caller's business.
    store
        .find(id == null ? "" : id)
        .filter(t -> units.covers(by.unitCode(), t.unitCode()))
        .orElseThrow(
            () ->
                new EduDxException(
                    Kind.NOT_FOUND,
                    Texts.problem("apitoken.unknown", "id", id, String.valueOf(id))));
    return store.revoke(id, clock.instant(), by.username()).orElseThrow();
  }

  @Override
  public Optional<ApiToken> authenticate(String secret) {
    if (secret == null || !secret.strip().startsWith(SECRET_PREFIX)) {
      return Optional.empty();
    }
    Optional<ApiToken> live = store.byHash(Tokens.hash(secret.strip())).filter(t -> !t.revoked());
    if (live.isEmpty()) {
      return live;
    }
    ApiToken t = live.get();
    var now = clock.instant();
    store.used(t.id(), now);
    return Optional.of(
        new ApiToken(
            t.id(), t.unitCode(), t.label(), t.createdAt(), t.createdBy(), null, null, now));
  }

  private static void admin(Caller by) {
    if (by == null || by.role() != Role.OFFICE_ADMIN) {
      throw new EduDxException(
          Kind.FORBIDDEN,
          Texts.problem("apitoken.forbidden", null, null, by == null ? "?" : by.username()));
    }
  }

  private String randomUrl(int n) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(n));
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
