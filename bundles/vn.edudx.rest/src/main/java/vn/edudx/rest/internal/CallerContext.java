package vn.edudx.rest.internal;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.security.Caller;

/** The security context of a request: the caller a valid token stands for, or nobody. */
final class CallerContext implements SecurityContext {

  /** The principal of a signed-in caller. */
  record Signed(Caller caller) implements Principal {
    @Override
    public String getName() {
      return caller.username();
    }
  }

  private final Signed principal;
  private final boolean secure;

  CallerContext(Caller caller, boolean secure) {
    this.principal = caller == null ? null : new Signed(caller);
    this.secure = secure;
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return Access.has(principal == null ? null : principal.caller(), role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return principal == null ? null : "Bearer";
  }
}
