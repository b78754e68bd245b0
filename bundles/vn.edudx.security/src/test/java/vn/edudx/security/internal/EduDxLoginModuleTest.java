package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.UserStore.StoredUser;

/** The login module inside a real JAAS login, configured as a JVM's JAAS file would do it. */
class EduDxLoginModuleTest {

  private static final String PASSWORD = "mùa nước nổi 2025";

  private final InMemoryUserStore users = new InMemoryUserStore();
  private final AtomicInteger hashes = new AtomicInteger();
  private final PasswordHasher hasher =
      new PasswordHasher(TestRealm.ITERATIONS) {
        @Override
        boolean verify(char[] password, String stored) {
          hashes.incrementAndGet();
          return super.verify(password, stored);
        }
      };
  private Configuration realm;

  @BeforeEach
  void users() {
    add("th.nga-nam", Role.SCHOOL, "S1", true);
    add("old.user", Role.OFFICE_REVIEWER, null, false);
    realm = TestRealm.of(users, hasher);
  }

  private void add(String name, Role role, String unit, boolean enabled) {
    users.save(
        new StoredUser(
            name, name, role, unit, hasher.hash(PASSWORD.toCharArray()), enabled, Instant.EPOCH));
  }

  private static CallbackHandler credentials(String name, String password) {
    return callbacks -> {
      for (Callback c : callbacks) {
        if (c instanceof NameCallback n) {
          n.setName(name);
        } else if (c instanceof PasswordCallback p) {
          p.setPassword(password == null ? null : password.toCharArray());
        }
      }
    };
  }

  private LoginContext login(String name, String password) throws LoginException {
    LoginContext context =
        new LoginContext(EduDxRealm.NAME, new Subject(), credentials(name, password), realm);
    context.login();
    return context;
  }

  @Test
  void theRightPasswordGivesKarafsUserAndRolePrincipalsAndLogoutTakesThemAway()
      throws LoginException {
    LoginContext context = login("th.nga-nam", PASSWORD);
    Subject subject = context.getSubject();

    assertThat(subject.getPrincipals())
        .containsExactlyInAnyOrder(new UserPrincipal("th.nga-nam"), new RolePrincipal("SCHOOL"));

    context.logout();
    assertThat(subject.getPrincipals()).isEmpty();
  }

  @Test
  void theUsernameIsMatchedWithoutCaseOrSurroundingSpaces() throws LoginException {
    assertThat(login(" TH.Nga-Nam ", PASSWORD).getSubject().getPrincipals(UserPrincipal.class))
        .extracting(UserPrincipal::getName)
        .containsExactly("th.nga-nam");
  }

  @Test
  void aWrongPasswordFailsAndLeavesTheSubjectEmpty() {
    Subject subject = new Subject();
    assertThatThrownBy(
            () ->
                new LoginContext(
                        EduDxRealm.NAME, subject, credentials("th.nga-nam", "wrong one!"), realm)
                    .login())
        .isExactlyInstanceOf(FailedLoginException.class);
    assertThat(subject.getPrincipals()).isEmpty();
  }

  @Test
  void aDisabledUserFailsLikeAWrongPasswordEvenWithTheRightOne() {
    assertThatThrownBy(() -> login("old.user", PASSWORD))
        .isExactlyInstanceOf(FailedLoginException.class)
        .hasMessage("Wrong username or password");
  }

  @Test
  void anUnknownUserFailsLikeAWrongPasswordAndStillCostsOneHash() {
    hashes.set(0);
    assertThatThrownBy(() -> login("nobody", PASSWORD))
        .isExactlyInstanceOf(FailedLoginException.class)
        .hasMessage("Wrong username or password");
    assertThat(hashes).hasValue(1);

    hashes.set(0);
    assertThatThrownBy(() -> login("th.nga-nam", "wrong one!"))
        .isExactlyInstanceOf(FailedLoginException.class);
    assertThat(hashes).hasValue(1);
  }

  @Test
  void missingCredentialsFail() {
    assertThatThrownBy(() -> login(null, null)).isExactlyInstanceOf(FailedLoginException.class);
    assertThatThrownBy(() -> login("th.nga-nam", null))
        .isExactlyInstanceOf(FailedLoginException.class);
  }

  @Test
  void aRealmWithoutTheUserStoreIsAFaultNotAWrongPassword() {
    realm = new TestRealm(EduDxRealm.NAME, Map.of());

    assertThatThrownBy(() -> login("th.nga-nam", PASSWORD))
        .isInstanceOf(LoginException.class)
        .isNotInstanceOf(FailedLoginException.class);
  }
}
