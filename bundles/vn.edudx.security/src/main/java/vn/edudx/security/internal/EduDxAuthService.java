package vn.edudx.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import vn.edudx.api.EduDxException;
import vn.edudx.api.EduDxException.Kind;
import vn.edudx.api.Problem;
import vn.edudx.api.security.AuthException;
import vn.edudx.api.security.AuthService;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.Session;
import vn.edudx.api.security.User;
import vn.edudx.api.security.UserAdmin;
import vn.edudx.api.security.UserStore;
import vn.edudx.api.security.UserStore.StoredToken;
import vn.edudx.api.security.UserStore.StoredUser;
import vn.edudx.api.unit.UnitStore;

/**
 * Signs users in and keeps them: passwords are checked through JAAS behind a throttle, and a
 * successful login gets a random bearer token of which only the hash is stored, so tokens can
 * expire and be revoked. Also administers the users, whose changes of password or status end their
 * sessions at once.
 */
@Component(
    service = {AuthService.class, UserAdmin.class},
    configurationPid = EduDxAuthService.PID)
@Designate(ocd = SecurityConfig.class)
public class EduDxAuthService implements AuthService, UserAdmin {

  /** The configuration PID, {@code etc/vn.edudx.security.cfg}. */
  public static final String PID = "vn.edudx.security";

  private final UserStore users;
  private final UnitStore units;
  private final PasswordHasher hasher;
  private final PasswordCheck passwords;
  private final Throttle throttle;
  private final Tokens tokens = new Tokens();
  private final Clock clock;
  private final Duration tokenLifetime;

  /**
   * In Karaf. The realm is referenced only so that this service starts after the realm {@code
   * edudx} is in Karaf's JAAS configuration.
   */
  /** When expired tokens are next deleted; guarded by {@code this}. */
  private Instant nextPurge;

  @Activate
  public EduDxAuthService(
      @Reference UserStore users,
      @Reference UnitStore units,
      @Reference(target = "(" + EduDxRealm.NAME_PROPERTY + "=" + EduDxRealm.NAME + ")")
          JaasRealm realm,
      SecurityConfig config) {
    this(
        users,
        units,
        new PasswordHasher(config.iterations()),
        new JaasPasswordCheck(realm.getName()),
        new Throttle(
            config.maxFailures(),
            config.maxAddressFailures(),
            Duration.ofMinutes(config.windowMinutes()),
            Duration.ofMinutes(config.lockMinutes()),
            Clock.systemUTC()),
        Clock.systemUTC(),
        Duration.ofHours(config.tokenHours()));
  }

  EduDxAuthService(
      UserStore users,
      UnitStore units,
      PasswordHasher hasher,
      PasswordCheck passwords,
      Throttle throttle,
      Clock clock,
      Duration tokenLifetime) {
    this.users = users;
    this.units = units;
    this.hasher = hasher;
    this.passwords = passwords;
    this.throttle = throttle;
    this.clock = clock;
    this.tokenLifetime = tokenLifetime;
  }

  // ---- AuthService

  @Override
  public Session login(String username, char[] password, String remoteAddress) {
    String name = normalize(username);
    // Refused before the password is looked at: a locked account cannot be probed.
    throttle.begin(name, remoteAddress);
    Optional<StoredUser> user = Optional.empty();
    boolean checked = false;
    try {
      user =
          passwords.check(name, password)
              ? users.user(name).filter(StoredUser::enabled)
              : Optional.empty();
      checked = true;
    } finally {
      if (checked) {
        throttle.end(name, remoteAddress, user.isPresent());
      } else {
        // The realm failed (a fault, not a wrong password): release the attempt uncounted.
        throttle.abandon(name, remoteAddress);
      }
    }
    if (user.isEmpty()) {
      throw new AuthException(AuthException.Reason.BAD_CREDENTIALS, Duration.ZERO);
    }
    StoredUser u = user.get();
    Instant now = clock.instant();
    purgeNowAndThen(now);
    String token = tokens.newToken();
    Instant expires = now.plus(tokenLifetime);
    users.save(new StoredToken(Tokens.hash(token), u.username(), now, expires, null));
    return new Session(token, caller(u), expires);
  }

  /**
   * Deletes, at most once an hour and on a sign-in, the tokens that expired more than a day ago, so
   * that the table does not grow by a row per sign-in for ever.
   */
  private void purgeNowAndThen(Instant now) {
    synchronized (this) {
      if (nextPurge != null && now.isBefore(nextPurge)) {
        return;
      }
      nextPurge = now.plus(Duration.ofHours(1));
    }
    users.purgeTokens(now.minus(Duration.ofDays(1)));
  }

  @Override
  public Optional<Caller> authenticate(String token) {
    Instant now = clock.instant();
    return live(token, now)
        .flatMap(t -> users.user(t.username()))
        .filter(StoredUser::enabled)
        .map(EduDxAuthService::caller);
  }

  @Override
  public void logout(String token) {
    Instant now = clock.instant();
    live(token, now)
        .ifPresent(
            t ->
                users.save(
                    new StoredToken(t.hash(), t.username(), t.issuedAt(), t.expiresAt(), now)));
  }

  /** The stored token for a secret if it is neither revoked nor expired. */
  private Optional<StoredToken> live(String token, Instant now) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return users
        .token(Tokens.hash(token.trim()))
        .filter(t -> t.revokedAt() == null && now.isBefore(t.expiresAt()));
  }

  private static Caller caller(StoredUser u) {
    return new Caller(u.username(), u.role(), u.unitCode());
  }

  // ---- UserAdmin

  @Override
  public User create(
      String username, String displayName, Role role, String unitCode, char[] password) {
    String name = normalize(username);
    String display = displayName == null ? null : displayName.strip();
    String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    List<Problem> problems = UserValidation.check(name, display, role, unit, password, units);
    if (!problems.isEmpty()) {
      throw new EduDxException(Kind.INVALID, problems);
    }
    if (users.user(name).isPresent()) {
      throw new EduDxException(Kind.CONFLICT, Texts.problem("user.exists", "username", name, name));
    }
    StoredUser u =
        new StoredUser(name, display, role, unit, hasher.hash(password), true, clock.instant());
    users.save(u);
    return u.user();
  }

  @Override
  public List<User> list() {
    return users.users().stream().map(StoredUser::user).toList();
  }

  @Override
  public Optional<User> find(String username) {
    return users.user(normalize(username)).map(StoredUser::user);
  }

  @Override
  public void setPassword(String username, char[] password) {
    StoredUser u = existing(username);
    List<Problem> problems = PasswordPolicy.check(u.username(), password);
    if (!problems.isEmpty()) {
      throw new EduDxException(Kind.INVALID, problems);
    }
    users.save(
        new StoredUser(
            u.username(),
            u.displayName(),
            u.role(),
            u.unitCode(),
            hasher.hash(password),
            u.enabled(),
            u.createdAt()));
    users.revokeAll(u.username(), clock.instant());
  }

  @Override
  public void setEnabled(String username, boolean enabled) {
    StoredUser u = existing(username);
    if (u.enabled() != enabled) {
      users.save(
          new StoredUser(
              u.username(),
              u.displayName(),
              u.role(),
              u.unitCode(),
              u.passwordHash(),
              enabled,
              u.createdAt()));
    }
    if (!enabled) {
      users.revokeAll(u.username(), clock.instant());
    }
  }

  private StoredUser existing(String username) {
    String name = normalize(username);
    return users
        .user(name)
        .orElseThrow(
            () ->
                new EduDxException(
                    Kind.NOT_FOUND,
                    Texts.problem("user.unknown", "username", username, String.valueOf(username))));
  }

  /** Usernames are stored lower-case; what people type is matched the same way. */
  private static String normalize(String username) {
    return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
  }
}
