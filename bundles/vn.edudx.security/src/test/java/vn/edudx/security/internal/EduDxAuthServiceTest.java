package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edudx.security.internal.Fixture.PASSWORD;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.security.AuthException;
import vn.edudx.api.security.AuthException.Reason;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.Session;

/** Sign-in through JAAS, throttling and the life of tokens. */
class EduDxAuthServiceTest {

  private final Fixture f = new Fixture().withUsers();
  private final EduDxAuthService auth = f.service;

  private Session login(String user, String password, String address) {
    return auth.login(user, password.toCharArray(), address);
  }

  private static Reason refusal(Runnable attempt) {
    try {
      attempt.run();
    } catch (AuthException e) {
      return e.reason();
    }
    throw new AssertionError("the login was accepted");
  }

  @Test
  void aLoginGivesARandomTokenThatIsStoredOnlyAsItsHashAndStandsForTheCaller() {
    Session s = login("TH.nga-nam", PASSWORD, "10.0.0.1");

    assertThat(s.token()).matches("[A-Za-z0-9_-]{43}");
    assertThat(s.caller()).isEqualTo(new Caller("th.nga-nam", Role.SCHOOL, "S1"));
    assertThat(s.expiresAt()).isEqualTo(Fixture.START.plus(Duration.ofHours(8)));
    assertThat(f.users.tokens).containsOnlyKeys(Tokens.hash(s.token()));
    assertThat(Tokens.hash(s.token())).matches("[0-9a-f]{64}");
    assertThat(f.users.tokens.values()).noneMatch(t -> t.toString().contains(s.token()));
    assertThat(auth.authenticate(s.token())).contains(s.caller());
    assertThat(login("th.nga-nam", PASSWORD, "10.0.0.1").token()).isNotEqualTo(s.token());
  }

  @Test
  void aWrongPasswordAnUnknownUserAndADisabledUserAreAllJustBadCredentials() {
    f.service.setEnabled("admin", false);

    for (String[] attempt :
        new String[][] {
          {"th.nga-nam", "wrong password"}, {"nobody", PASSWORD}, {"admin", PASSWORD}
        }) {
      assertThatThrownBy(() -> login(attempt[0], attempt[1], "10.0.0.1"))
          .isInstanceOfSatisfying(
              AuthException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.BAD_CREDENTIALS);
                assertThat(e.retryAfter()).isZero();
              });
    }
    assertThat(f.users.tokens).isEmpty();
  }

  @Test
  void fiveFailuresRefuseEvenTheRightPasswordUntilTheLockEnds() {
    for (int i = 0; i < 5; i++) {
      String address = "10.0.0." + i;
      assertThat(refusal(() -> login("th.nga-nam", "wrong password", address)))
          .isEqualTo(Reason.BAD_CREDENTIALS);
    }

    assertThatThrownBy(() -> login("th.nga-nam", PASSWORD, "10.9.9.9"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.THROTTLED);
              assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15));
            });
    assertThat(login("admin", PASSWORD, "10.9.9.9").caller().username()).isEqualTo("admin");

    f.clock.advance(Duration.ofMinutes(15));
    assertThat(login("th.nga-nam", PASSWORD, "10.9.9.9").caller().username())
        .isEqualTo("th.nga-nam");
  }

  @Test
  void fiveFailuresFromOneAddressRefuseItForEveryUser() {
    for (String user : new String[] {"a1", "a2", "a3", "a4", "a5"}) {
      assertThat(refusal(() -> login(user, PASSWORD, "203.0.113.7")))
          .isEqualTo(Reason.BAD_CREDENTIALS);
    }

    assertThat(refusal(() -> login("admin", PASSWORD, "203.0.113.7"))).isEqualTo(Reason.THROTTLED);
    assertThat(login("admin", PASSWORD, "203.0.113.8").caller().role())
        .isEqualTo(Role.OFFICE_ADMIN);
  }

  @Test
  void failuresOutsideTheWindowAreForgotten() {
    for (int i = 0; i < 4; i++) {
      refusal(() -> login("admin", "wrong password", null));
    }
    f.clock.advance(Duration.ofMinutes(16));
    refusal(() -> login("admin", "wrong password", null));

    assertThat(login("admin", PASSWORD, null).caller().username()).isEqualTo("admin");
  }

  @Test
  void aSuccessfulLoginClearsTheUsernamesFailures() {
    for (int i = 0; i < 4; i++) {
      String address = "10.0.0." + i;
      refusal(() -> login("admin", "wrong password", address));
    }
    login("admin", PASSWORD, "10.0.1.1");
    for (int i = 0; i < 4; i++) {
      String address = "10.0.2." + i;
      refusal(() -> login("admin", "wrong password", address));
    }

    assertThat(login("admin", PASSWORD, "10.0.3.1").caller().username()).isEqualTo("admin");
  }

  @Test
  void aThrottledAttemptNeverReachesThePasswordCheck() {
    AtomicInteger checks = new AtomicInteger();
    Fixture counting =
        new Fixture(
            (user, password) -> {
              checks.incrementAndGet();
              return false;
            });
    for (int i = 0; i < 5; i++) {
      refusal(() -> counting.service.login("admin", PASSWORD.toCharArray(), "10.0.0.1"));
    }

    assertThat(refusal(() -> counting.service.login("admin", PASSWORD.toCharArray(), "10.0.0.2")))
        .isEqualTo(Reason.THROTTLED);
    assertThat(checks).hasValue(5);
  }

  @Test
  void aMissingRealmIsUnavailableAndNotCountedAsAFailedLogin() {
    Fixture broken =
        new Fixture(new JaasPasswordCheck(EduDxRealm.NAME, new TestRealm("elsewhere", Map.of())));

    for (int i = 0; i < 6; i++) {
      assertThatThrownBy(() -> broken.service.login("admin", PASSWORD.toCharArray(), "10.0.0.1"))
          .isInstanceOfSatisfying(
              EduDxException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(EduDxException.Kind.UNAVAILABLE);
                assertThat(Fixture.codes(e)).containsExactly("auth.unavailable");
              });
    }
  }

  @Test
  void aTokenChangedInOneCharacterIsUnknown() {
    String token = login("admin", PASSWORD, null).token();
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(auth.authenticate(tampered)).isEmpty();
    assertThat(auth.authenticate(token)).isPresent();
  }

  @Test
  void nothingThatIsNotAnIssuedTokenAuthenticates() {
    assertThat(auth.authenticate(null)).isEmpty();
    assertThat(auth.authenticate("")).isEmpty();
    assertThat(auth.authenticate("   ")).isEmpty();
    assertThat(auth.authenticate("not-a-token")).isEmpty();
  }

  @Test
  void aTokenExpiresAfterItsLifetime() {
    String token = login("admin", PASSWORD, null).token();

    f.clock.advance(Duration.ofHours(8).minusSeconds(1));
    assertThat(auth.authenticate(token)).isPresent();
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(auth.authenticate(token)).isEmpty();
  }

  @Test
  void logoutRevokesOnlyThatToken() {
    String mine = login("admin", PASSWORD, null).token();
    String other = login("admin", PASSWORD, null).token();

    auth.logout(mine);
    auth.logout("never-issued");
    auth.logout(null);

    assertThat(auth.authenticate(mine)).isEmpty();
    assertThat(auth.authenticate(other)).isPresent();
    assertThat(f.users.tokens.get(Tokens.hash(mine)).revokedAt()).isEqualTo(Fixture.START);
  }

  @Test
  void aNewPasswordEndsEverySessionOfThatUserAndReplacesTheOldOne() {
    String admin = login("admin", PASSWORD, null).token();
    String school = login("th.nga-nam", PASSWORD, null).token();

    auth.setPassword("admin", "một mật khẩu mới".toCharArray());

    assertThat(auth.authenticate(admin)).isEmpty();
    assertThat(auth.authenticate(school)).isPresent();
    assertThat(refusal(() -> login("admin", PASSWORD, null))).isEqualTo(Reason.BAD_CREDENTIALS);
    assertThat(login("admin", "một mật khẩu mới", null).caller().username()).isEqualTo("admin");
  }

  @Test
  void disablingAUserEndsTheirSessionsAndEnablingDoesNotBringThemBack() {
    String token = login("admin", PASSWORD, null).token();

    auth.setEnabled("admin", false);
    assertThat(auth.authenticate(token)).isEmpty();
    assertThat(refusal(() -> login("admin", PASSWORD, null))).isEqualTo(Reason.BAD_CREDENTIALS);

    auth.setEnabled("admin", true);
    assertThat(auth.authenticate(token)).isEmpty();
    assertThat(auth.authenticate(login("admin", PASSWORD, null).token())).isPresent();
  }

  @Test
  void aTokenOfAUserWhoIsGoneOrDisabledInTheStoreDoesNotAuthenticate() {
    String token = login("admin", PASSWORD, null).token();
    var stored = f.users.users.get("admin");

    f.users.save(
        new vn.edudx.api.security.UserStore.StoredUser(
            "admin",
            "x",
            Role.OFFICE_ADMIN,
            null,
            stored.passwordHash(),
            false,
            stored.createdAt()));
    assertThat(auth.authenticate(token)).isEmpty();

    f.users.users.remove("admin");
    assertThat(auth.authenticate(token)).isEmpty();
  }

  @Test
  void signInsDeleteTokensThatExpiredMoreThanADayAgoAtMostOnceAnHour() {
    Session first = login("th.nga-nam", PASSWORD, "10.0.0.1");
    f.clock.advance(Duration.ofHours(8).plus(Duration.ofDays(1)).plusSeconds(1));

    Session second = login("th.nga-nam", PASSWORD, "10.0.0.1");

    // The first token expired more than a day ago: deleted by the second sign-in.
    assertThat(f.users.tokens).containsOnlyKeys(Tokens.hash(second.token()));
    assertThat(auth.authenticate(first.token())).isEmpty();
    // An hour later nothing is purged yet, even if something could be.
    f.users.tokens.put(
        "0".repeat(64),
        new vn.edudx.api.security.UserStore.StoredToken(
            "0".repeat(64), "th.nga-nam", Fixture.START, Fixture.START, null));
    f.clock.advance(Duration.ofMinutes(59));
    login("th.nga-nam", PASSWORD, "10.0.0.1");
    assertThat(f.users.tokens).containsKey("0".repeat(64));
    f.clock.advance(Duration.ofMinutes(2));
    login("th.nga-nam", PASSWORD, "10.0.0.1");
    assertThat(f.users.tokens).doesNotContainKey("0".repeat(64));
  }
}
