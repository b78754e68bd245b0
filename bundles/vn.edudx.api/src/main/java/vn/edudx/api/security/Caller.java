package vn.edudx.api.security;

import java.util.Objects;

/**
 * Who is making a request, as the server established it from a valid token.
 *
 * @param username the user's login name
 * @param role what the user may do
 * @param unitCode the school a {@link Role#SCHOOL} user is bound to; for office roles the office
 *     they work for, or {@code null}
 */
public record Caller(String username, Role role, String unitCode) {

  /** The platform itself (start-up, scheduled jobs, the demo loader, shell commands). */
  public static final Caller SYSTEM = new Caller("system", Role.OFFICE_ADMIN, null);

  public Caller {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
  }

  public boolean isOffice() {
    return role.isOffice();
  }

  /**
   * Whether this caller's role may see the unpublished data of a unit: a school only its own. For
   * office roles this is only the role's part: the unit must also lie in the office's area ({@link
   * vn.edudx.api.unit.UnitStore#covers}).
   */
  public boolean maySee(String unit) {
    return role.isOffice() || Objects.equals(unitCode, unit);
  }
}
