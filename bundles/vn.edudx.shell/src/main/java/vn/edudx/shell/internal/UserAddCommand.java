package vn.edudx.shell.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.User;

/** {@code edudx:user-add}: adds a user who may sign in, asking for the password if not given. */
@Service
@Command(
    scope = "edudx",
    name = "user-add",
    description = "Add a user; without --password the password is asked for twice, hidden")
public class UserAddCommand extends UserCommand {

  @Option(
      name = "--role",
      required = true,
      description = "OFFICE_ADMIN, OFFICE_REVIEWER, LEADERSHIP or SCHOOL")
  @Completion(
      value = StringsCompleter.class,
      values = {"OFFICE_ADMIN", "OFFICE_REVIEWER", "LEADERSHIP", "SCHOOL"})
  String role;

  @Option(
      name = "--unit",
      description = "Code of the user's school (required for SCHOOL) or office, from the register")
  String unit;

  @Option(name = "--name", description = "Display name; the username if not given")
  String name;

  @Option(
      name = "--password",
      description = "The password; it stays in the shell's history, so prefer being asked")
  String password;

  @Argument(
      index = 0,
      name = "username",
      required = true,
      description = "Login name, a-z 0-9 . _ -")
  String username;

  @Override
  void run() throws Exception {
    Role r = role(role);
    if (r == null) {
      String roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
      Text.line(System.out, "role.unknown", role, roles);
      return;
    }
    char[] secret = newPassword(password);
    if (secret == null) {
      return;
    }
    try {
      User u = admin.create(username, name == null ? username : name, r, unit, secret);
      Text.line(
          System.out,
          "user.added",
          u.username(),
          u.role(),
          u.unitCode() == null ? "-" : u.unitCode());
    } finally {
      clear(secret);
    }
  }

  private static Role role(String given) {
    try {
      return Role.valueOf(given.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
