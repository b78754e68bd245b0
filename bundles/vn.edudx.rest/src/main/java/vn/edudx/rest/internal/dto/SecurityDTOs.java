package vn.edudx.rest.internal.dto;

import java.time.Instant;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Session;
import vn.edudx.api.security.User;

/** What the sign-in and user endpoints read and answer. */
public final class SecurityDTOs {

  private SecurityDTOs() {}

  /** {@code POST /api/v1/auth/login}. */
  public record Login(String username, String password) {}

  /** A signed-in caller. */
  public record Me(String username, String role, String unitCode) {
    public static Me of(Caller c) {
      return new Me(c.username(), c.role().name(), c.unitCode());
    }
  }

  /** A new session: the token is shown once. */
  public record SessionDTO(String token, String tokenType, Instant expiresAt, Me user) {
    public static SessionDTO of(Session s) {
      return new SessionDTO(s.token(), "Bearer", s.expiresAt(), Me.of(s.caller()));
    }
  }

  /** A user as the office administers it; never a password or its hash. */
  public record UserDTO(
      String username,
      String displayName,
      String role,
      String unitCode,
      boolean enabled,
      Instant createdAt) {
    public static UserDTO of(User u) {
      return new UserDTO(
          u.username(), u.displayName(), u.role().name(), u.unitCode(), u.enabled(), u.createdAt());
    }
  }

  /** {@code POST /api/v1/users}. */
  public record NewUser(
      String username, String displayName, String role, String unitCode, String password) {}

  /** {@code POST /api/v1/users/{name}/password}. */
  public record NewPassword(String password) {}
}
