package vn.edudx.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.security.User;
import vn.edudx.api.security.UserAdmin;

/** {@code edudx:users}: every user, their role, the unit they are bound to and whether enabled. */
@Service
@Command(
    scope = "edudx",
    name = "users",
    description = "Users, their roles, units and whether they may sign in")
public class UsersCommand implements Action {

  @Reference UserAdmin admin;

  @Override
  public Object execute() {
    List<User> users = admin.list();
    if (users.isEmpty()) {
      Text.line(System.out, "users.none");
      return null;
    }
    Text.line(System.out, "users.header");
    for (User u : users) {
      System.out.printf(
          "%-24s %-32s %-16s %-12s %s%n",
          u.username(),
          u.displayName(),
          u.role(),
          u.unitCode() == null ? "-" : u.unitCode(),
          u.enabled() ? "ENABLED" : "DISABLED");
    }
    return null;
  }
}
