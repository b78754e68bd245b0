package vn.edudx.security.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import vn.edudx.api.security.UserStore;
import vn.edudx.api.security.UserStore.StoredUser;

/**
 * Checks a username and password against EduDX's own users, for the JAAS realm {@code edudx}. On
 * success the subject gets Karaf's user and role principals, so Karaf's own role checks understand
 * EduDX users too.
 *
 * <p>JAAS creates the module by its class name with no arguments, so its collaborators come through
 * the realm's options: the {@link UserStore} under {@link #USERS} and, optionally, the {@link
 * PasswordHasher} under {@link #HASHER}.
 */
public class EduDxLoginModule implements LoginModule {

  /** Option holding the {@link UserStore} to check against. */
  public static final String USERS = "edudx.users";

  /** Option holding the {@link PasswordHasher}; a default one is used without it. */
  public static final String HASHER = "edudx.hasher";

  private Subject subject;
  private CallbackHandler callbackHandler;
  private UserStore users;
  private PasswordHasher hasher;

  private StoredUser authenticated;
  private final List<Principal> added = new ArrayList<>();

  /** For JAAS, which creates login modules by reflection. */
  public EduDxLoginModule() {}

  @Override
  public void initialize(
      Subject subject,
      CallbackHandler callbackHandler,
      Map<String, ?> sharedState,
      Map<String, ?> options) {
    this.subject = subject;
    this.callbackHandler = callbackHandler;
    Object store = options.get(USERS);
    if (!(store instanceof UserStore)) {
      throw new IllegalStateException("The JAAS option " + USERS + " must hold the UserStore");
    }
    this.users = (UserStore) store;
    this.hasher = options.get(HASHER) instanceof PasswordHasher h ? h : new PasswordHasher();
  }

  @Override
  public boolean login() throws LoginException {
    authenticated = null;
    NameCallback name = new NameCallback("username: ");
    PasswordCallback password = new PasswordCallback("password: ", false);
    try {
      callbackHandler.handle(new Callback[] {name, password});
    } catch (IOException | UnsupportedCallbackException e) {
      LoginException failed = new LoginException("Cannot read the credentials");
      failed.initCause(e);
      throw failed;
    }
    char[] secret = password.getPassword();
    try {
      Optional<StoredUser> user = find(name.getName());
      // An unknown user costs one hash too, so the time taken does not say who exists.
      boolean matches =
          hasher.verify(
              secret == null ? new char[0] : secret,
              user.map(StoredUser::passwordHash).orElseGet(hasher::decoy));
      if (user.isEmpty() || !matches || !user.get().enabled()) {
        throw new FailedLoginException("Wrong username or password");
      }
      authenticated = user.get();
      return true;
    } finally {
      if (secret != null) {
        Arrays.fill(secret, '\0');
      }
      password.clearPassword();
    }
  }

  private Optional<StoredUser> find(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return users.user(name.trim().toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean commit() {
    if (authenticated == null) {
      return false;
    }
    added.add(new UserPrincipal(authenticated.username()));
    added.add(new RolePrincipal(authenticated.role().name()));
    subject.getPrincipals().addAll(added);
    return true;
  }

  @Override
  public boolean abort() {
    boolean wasIn = authenticated != null;
    logout();
    return wasIn;
  }

  @Override
  public boolean logout() {
    subject.getPrincipals().removeAll(added);
    added.clear();
    authenticated = null;
    return true;
  }
}
