package vn.edudx.api.security;

import java.time.Duration;

/** A login that did not succeed; the message never says whether the user exists. */
public class AuthException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the login failed. */
  public enum Reason {
    /** Unknown user, wrong password or disabled user: the caller is told only this. */
    BAD_CREDENTIALS,
    /** Too many failed logins for this user or address: try again after {@link #retryAfter()}. */
    THROTTLED
  }

  private final Reason reason;
  private final Duration retryAfter;

  public AuthException(Reason reason, Duration retryAfter) {
    super(reason.name());
    this.reason = reason;
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  /** How long to wait before trying again; zero unless throttled. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
