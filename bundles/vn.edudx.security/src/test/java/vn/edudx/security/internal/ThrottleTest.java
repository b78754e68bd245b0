package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.edudx.api.security.AuthException;

class ThrottleTest {

  private final FakeClock clock = new FakeClock(Instant.parse("2025-05-01T08:00:00Z"));
  private final Throttle throttle =
      new Throttle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      clock.advance(Duration.ofSeconds(10));
      throttle.check(user, address);
      throttle.failure(user, address);
    }
  }

  private AuthException refused(String user, String address) {
    try {
      throttle.check(user, address);
    } catch (AuthException e) {
      return e;
    }
    throw new AssertionError("not throttled: " + user + " from " + address);
  }

  @Test
  void fiveFailuresLockTheUsernameForFifteenMinutes() {
    fail("admin", "10.0.0.1", 4);
    assertThatCode(() -> throttle.check("admin", "10.0.0.2")).doesNotThrowAnyException();

    fail("admin", "10.0.0.2", 1);

    AuthException e = refused("ADMIN", "10.0.0.3");
    assertThat(e.reason()).isEqualTo(AuthException.Reason.THROTTLED);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15));

    clock.advance(Duration.ofMinutes(14));
    assertThat(refused("admin", "10.0.0.3").retryAfter()).isEqualTo(Duration.ofMinutes(1));

    clock.advance(Duration.ofMinutes(1));
    assertThatCode(() -> throttle.check("admin", "10.0.0.3")).doesNotThrowAnyException();
  }

  @Test
  void fiveFailuresFromOneAddressLockThatAddressWhateverTheUsername() {
    for (String user : new String[] {"a1", "a2", "a3", "a4", "a5"}) {
      fail(user, "203.0.113.9", 1);
    }

    assertThat(refused("someone-else", "203.0.113.9").reason())
        .isEqualTo(AuthException.Reason.THROTTLED);
    assertThatCode(() -> throttle.check("someone-else", "203.0.113.10")).doesNotThrowAnyException();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    fail("admin", null, 4);
    clock.advance(Duration.ofMinutes(15));

    fail("admin", null, 1);

    assertThatCode(() -> throttle.check("admin", null)).doesNotThrowAnyException();
    fail("admin", null, 3);
    assertThatCode(() -> throttle.check("admin", null)).doesNotThrowAnyException();
    fail("admin", null, 1);
    assertThat(refused("admin", null).reason()).isEqualTo(AuthException.Reason.THROTTLED);
  }

  @Test
  void aSuccessClearsTheUsernameButNotTheAddress() {
    fail("admin", "10.0.0.1", 4);
    throttle.success("Admin");

    fail("admin", "10.0.0.9", 4);
    assertThatCode(() -> throttle.check("admin", "10.0.0.8")).doesNotThrowAnyException();

    fail("other", "10.0.0.1", 1);
    assertThatThrownBy(() -> throttle.check("third", "10.0.0.1")).isInstanceOf(AuthException.class);
  }

  @Test
  void theLongerOfTwoLocksIsTheWait() {
    fail("admin", "10.0.0.1", 5);
    clock.advance(Duration.ofMinutes(5));
    fail("victim", "10.0.0.2", 5);

    assertThat(refused("victim", "10.0.0.1").retryAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(refused("admin", "10.0.0.2").retryAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(refused("admin", "10.0.0.3").retryAfter())
        .isEqualTo(Duration.ofMinutes(9).plusSeconds(10));
  }

  @Test
  void theNumberOfTrackedKeysIsBoundedByDroppingTheOldest() {
    Throttle small = new Throttle(2, Duration.ofMinutes(15), Duration.ofMinutes(15), 3, clock);
    small.failure("first", null);
    small.failure("first", null);
    assertThatThrownBy(() -> small.check("first", null)).isInstanceOf(AuthException.class);

    small.failure("u2", null);
    small.failure("u3", null);
    small.failure("u4", null);

    assertThat(small.size()).isEqualTo(3);
    assertThatCode(() -> small.check("first", null)).doesNotThrowAnyException();
  }

  @Test
  void theRealBoundIsTenThousandKeys() {
    for (int i = 0; i < 10_050; i++) {
      throttle.failure("user" + i, null);
    }
    assertThat(throttle.size()).isEqualTo(Throttle.MAX_KEYS);
  }

  @Test
  void anAddressHasItsOwnHigherLimitSoThatOnePersonsTyposDoNotLockAnOffice() {
    Throttle office = new Throttle(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
    for (int i = 0; i < 5; i++) {
      office.failure("clerk", "192.0.2.1");
    }
    // The clerk is locked; a colleague behind the same address is not.
    assertThatCode(() -> office.check("colleague", "192.0.2.1")).doesNotThrowAnyException();
    for (int i = 0; i < 44; i++) {
      office.failure("user" + i, "192.0.2.1");
    }
    assertThatCode(() -> office.check("colleague", "192.0.2.1")).doesNotThrowAnyException();
    office.failure("one-more", "192.0.2.1");
    assertThatThrownBy(() -> office.check("colleague", "192.0.2.1"))
        .isInstanceOf(AuthException.class);
  }

  @Test
  void attemptsStillBeingCheckedCountSoThatParallelGuessesCannotExceedTheLimit() {
    // Five guesses arrive together: all five may be checked, the sixth is refused at once.
    for (int i = 0; i < 5; i++) {
      throttle.begin("leader", "198.51.100.7");
    }
    assertThatThrownBy(() -> throttle.begin("leader", "198.51.100.8"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.THROTTLED));
    // They all fail: the user is locked for the whole lock time.
    for (int i = 0; i < 5; i++) {
      throttle.end("leader", "198.51.100.7", false);
    }
    assertThat(refused("leader", "198.51.100.9").retryAfter()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anAttemptThatSucceedsOrCouldNotBeCheckedFreesItsPlace() {
    for (int i = 0; i < 4; i++) {
      throttle.begin("clerk", "192.0.2.5");
      throttle.end("clerk", "192.0.2.5", false);
    }
    throttle.begin("clerk", "192.0.2.5");
    throttle.abandon("clerk", "192.0.2.5");
    throttle.begin("clerk", "192.0.2.5");
    throttle.end("clerk", "192.0.2.5", true);
    // The success cleared the user's four failures.
    assertThatCode(() -> throttle.begin("clerk", "192.0.2.5")).doesNotThrowAnyException();
  }
}
