package vn.edudx.rest.internal;

import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.security.Caller;

/**
 * The roles resource methods name in {@code @RolesAllowed}: the four roles of {@link
 * vn.edudx.api.security.Role}, and two groups of them. Every resource method names who may call it
 * ({@code @RolesAllowed} or {@code @PermitAll}); a method without either is refused to everyone
 * (see {@link Authz}).
 */
final class Access {

  static final String ADMIN = "OFFICE_ADMIN";
  static final String REVIEWER = "OFFICE_REVIEWER";
  static final String LEADERSHIP = "LEADERSHIP";
  static final String SCHOOL = "SCHOOL";

  /** Any role of the education office: admin, reviewer or leadership. */
  static final String OFFICE = "OFFICE";

  /** Anyone signed in, a school user included. */
  static final String SIGNED_IN = "SIGNED_IN";

  private Access() {}

  /** Who is calling, or {@code null} for an anonymous visitor. */
  static Caller caller(SecurityContext security) {
    return security != null && security.getUserPrincipal() instanceof CallerContext.Signed s
        ? s.caller()
        : null;
  }

  /** Whether a caller has a role named in an annotation. */
  static boolean has(Caller caller, String role) {
    if (caller == null) {
      return false;
    }
    return switch (role) {
      case SIGNED_IN -> true;
      case OFFICE -> caller.isOffice();
      default -> caller.role().name().equals(role);
    };
  }
}
