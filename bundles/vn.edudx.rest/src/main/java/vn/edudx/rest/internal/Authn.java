package vn.edudx.rest.internal;

import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import vn.edudx.api.security.AuthService;
import vn.edudx.api.security.Caller;

/**
 * Establishes who calls, from the bearer token only: a request without {@code Authorization} is an
 * anonymous visitor; a request with a token that is not valid (unknown, tampered, expired, revoked,
 * of a disabled user) is refused with 401 rather than served as anonymous, so that a client learns
 * at once that it must sign in again.
 */
@Priority(Priorities.AUTHENTICATION)
final class Authn implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final AuthService auth;

  Authn(AuthService auth) {
    this.auth = auth;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    boolean secure = request.getSecurityContext().isSecure();
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      request.setSecurityContext(new CallerContext(null, secure));
      return;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.abortWith(Errors.unauthorized("auth.scheme"));
      return;
    }
    Optional<Caller> caller = auth.authenticate(header.substring(BEARER.length()).strip());
    if (caller.isEmpty()) {
      request.abortWith(Errors.unauthorized("auth.token.invalid"));
      return;
    }
    request.setSecurityContext(new CallerContext(caller.get(), secure));
  }
}
