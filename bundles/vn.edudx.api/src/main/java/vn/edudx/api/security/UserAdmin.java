package vn.edudx.api.security;

import java.util.List;
import java.util.Optional;

/** The office's administration of users: passwords are stored only as salted slow hashes. */
public interface UserAdmin {

  /**
   * Adds a user.
   *
   * @param unitCode the school of a {@link Role#SCHOOL} user (required and must be a school in the
   *     register), the office for office roles (optional)
   * @throws vn.edudx.api.EduDxException INVALID for a bad name, role binding or weak password;
   *     CONFLICT if the name is taken
   */
  User create(String username, String displayName, Role role, String unitCode, char[] password);

  List<User> list();

  Optional<User> find(String username);

  /** Sets a new password and revokes every token of the user. */
  void setPassword(String username, char[] password);

  /** Enables or disables a user; disabling revokes every token of the user. */
  void setEnabled(String username, boolean enabled);
}
