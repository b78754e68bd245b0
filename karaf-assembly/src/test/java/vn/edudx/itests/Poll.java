package vn.edudx.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition by asking again until a deadline: never a fixed sleep. */
public final class Poll {

  private Poll() {}

  /**
   * Asks {@code value} until {@code done} accepts its answer, and returns that answer.
   *
   * @throws AssertionError with the last answer when the deadline passes
   */
  public static <T> T until(
      String what, Duration deadline, Supplier<T> value, java.util.function.Predicate<T> done) {
    Instant end = Instant.now().plus(deadline);
    T last = null;
    RuntimeException failure = null;
    while (Instant.now().isBefore(end)) {
      try {
        last = value.get();
        failure = null;
        if (done.test(last)) {
          return last;
        }
      } catch (RuntimeException e) {
        failure = e;
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    AssertionError e =
        new AssertionError(
            "Not within " + deadline.toSeconds() + " s: " + what + "; last: " + last);
    if (failure != null) {
      e.initCause(failure);
    }
    throw e;
  }
}
