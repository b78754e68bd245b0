package vn.edudx.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.edudx.api.security.AuthException;

/**
 * Slows down password guessing: after too many failed logins for one username or from one address
 * within a window, that username or address is refused for a while, whatever password it sends.
 * Counts live in memory and are bounded, so a flood of made-up names cannot exhaust it; a restart
 * forgets them, which costs an attacker a restart of the server.
 */
final class Throttle {

  static final int MAX_KEYS = 10_000;

  private final int maxFailures;
  private final int maxAddressFailures;
  private final Duration window;
  private final Duration lock;
  private final int maxKeys;
  private final Clock clock;

  /** By key, least recently used first, so the oldest is dropped when the map is full. */
  private final Map<String, Failures> counts;

  Throttle(int maxFailures, Duration window, Duration lock, Clock clock) {
    this(maxFailures, maxFailures, window, lock, MAX_KEYS, clock);
  }

  /**
   * @param maxAddressFailures the limit of one address, higher than a user's: an office's staff
   *     often sign in from behind one address, and one person's typos must not lock them all out
   */
  Throttle(int maxFailures, int maxAddressFailures, Duration window, Duration lock, Clock clock) {
    this(maxFailures, maxAddressFailures, window, lock, MAX_KEYS, clock);
  }

  Throttle(int maxFailures, Duration window, Duration lock, int maxKeys, Clock clock) {
    this(maxFailures, maxFailures, window, lock, maxKeys, clock);
  }

  Throttle(
      int maxFailures,
      int maxAddressFailures,
      Duration window,
      Duration lock,
      int maxKeys,
      Clock clock) {
    if (maxFailures < 1 || maxAddressFailures < 1 || maxKeys < 1) {
      throw new IllegalArgumentException("maxFailures and maxKeys must be positive");
    }
    this.maxFailures = maxFailures;
    this.maxAddressFailures = maxAddressFailures;
    this.window = window;
    this.lock = lock;
    this.maxKeys = maxKeys;
    this.clock = clock;
    this.counts =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > Throttle.this.maxKeys;
          }
        };
  }

  /**
   * Refuses the attempt if the username or the address is locked.
   *
   * @throws AuthException THROTTLED, with the longer of the remaining locks
   */
  synchronized void check(String username, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : keys(username, address)) {
      Failures f = counts.get(key);
      if (f != null && f.lockedUntil != null) {
        if (now.isBefore(f.lockedUntil)) {
          Duration left = Duration.between(now, f.lockedUntil);
          wait = left.compareTo(wait) > 0 ? left : wait;
        } else {
          counts.remove(key); // the lock is over: start counting afresh
        }
      }
    }
    if (!wait.isZero()) {
      throw new AuthException(AuthException.Reason.THROTTLED, wait);
    }
  }

  /**
   * Lets a login attempt go on to its (slow) password check, or refuses it: refused when the
   * username or address is locked, and also when the failures so far plus the attempts still being
   * checked would reach the limit. Without the second rule, fifty guesses sent at once would all
   * pass before the first of them was counted. Every {@code begin} must be followed by one {@link
   * #end}.
   *
   * @throws AuthException THROTTLED
   */
  synchronized void begin(String username, String address) {
    check(username, address);
    Instant now = clock.instant();
    String[] keys = keys(username, address);
    for (String key : keys) {
      Failures f = counts.get(key);
      if (f != null) {
        f.prune(now, window);
        if (f.times.size() + f.inFlight >= limit(key)) {
          throw new AuthException(AuthException.Reason.THROTTLED, Duration.ofSeconds(1));
        }
      }
    }
    for (String key : keys) {
      counts.computeIfAbsent(key, k -> new Failures()).inFlight++;
    }
  }

  /** Ends an attempt {@link #begin} let through, counting it as a failure or a success. */
  synchronized void end(String username, String address, boolean succeeded) {
    for (String key : keys(username, address)) {
      Failures f = counts.get(key);
      if (f != null && f.inFlight > 0) {
        f.inFlight--;
      }
    }
    if (succeeded) {
      success(username);
    } else {
      failure(username, address);
    }
  }

  /** Ends an attempt {@link #begin} let through that could not be checked: counted as nothing. */
  synchronized void abandon(String username, String address) {
    for (String key : keys(username, address)) {
      Failures f = counts.get(key);
      if (f != null && f.inFlight > 0) {
        f.inFlight--;
      }
    }
  }

  private int limit(String key) {
    return key.startsWith("addr:") ? maxAddressFailures : maxFailures;
  }

  /** Counts a failed login against the username and the address. */
  synchronized void failure(String username, String address) {
    Instant now = clock.instant();
    for (String key : keys(username, address)) {
      Failures f = counts.computeIfAbsent(key, k -> new Failures());
      if (f.lockedUntil != null && !now.isBefore(f.lockedUntil)) {
        f.lockedUntil = null;
      }
      int max = limit(key);
      f.add(now, window, max);
      if (f.times.size() >= max) {
        f.lockedUntil = now.plus(lock);
        f.times.clear();
      }
    }
  }

  /**
   * Forgets the failures of a username that has just signed in. The address keeps its count: one
   * good password must not let an address go on guessing others.
   */
  synchronized void success(String username) {
    if (username != null) {
      counts.remove(userKey(username));
    }
  }

  /** How many keys are tracked now, for tests. */
  synchronized int size() {
    return counts.size();
  }

  private static String[] keys(String username, String address) {
    if (address == null || address.isBlank()) {
      return username == null ? new String[0] : new String[] {userKey(username)};
    }
    String a = "addr:" + address.trim();
    return username == null ? new String[] {a} : new String[] {userKey(username), a};
  }

  private static String userKey(String username) {
    return "user:" + username.trim().toLowerCase(Locale.ROOT);
  }

  /** Failed attempts of one key inside the window, and the end of its lock if it is locked. */
  private static final class Failures {
    final Deque<Instant> times = new ArrayDeque<>();
    Instant lockedUntil;
    int inFlight;

    void prune(Instant now, Duration window) {
      Instant since = now.minus(window);
      while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
        times.removeFirst();
      }
    }

    void add(Instant now, Duration window, int max) {
      prune(now, window);
      times.addLast(now);
      while (times.size() > max) {
        times.removeFirst();
      }
    }
  }
}
