package vn.edudx.api.security;

import java.util.Optional;

/**
 * Signs users in through Karaf's JAAS realm {@code edudx} and checks the bearer tokens of requests.
 */
public interface AuthService {

  /**
   * Checks a user's password through JAAS and issues a token.
   *
   * @param remoteAddress the client's address, for throttling failed logins
   * @throws AuthException when the credentials are wrong or the user or address is throttled
   */
  Session login(String username, char[] password, String remoteAddress);

  /**
   * The caller a token stands for, if the token is known, unexpired, unrevoked and its user still
   * enabled; empty for anything else (tampered, expired, revoked).
   */
  Optional<Caller> authenticate(String token);

  /** Revokes a token; an unknown token is ignored. */
  void logout(String token);
}
