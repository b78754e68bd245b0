package vn.edudx.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.User;
import vn.edudx.api.security.UserAdmin;

/** The demo users exist only in demo mode: turning it off disables them, and only them. */
class DemoUsersTest {

  /** Users in a map. */
  static final class Users implements UserAdmin {
    final Map<String, User> byName = new TreeMap<>();

    @Override
    public User create(
        String username, String displayName, Role role, String unitCode, char[] password) {
      User u = new User(username, displayName, role, unitCode, true, Instant.EPOCH);
      byName.put(username, u);
      return u;
    }

    @Override
    public List<User> list() {
      return new ArrayList<>(byName.values());
    }

    @Override
    public Optional<User> find(String username) {
      return Optional.ofNullable(byName.get(username));
    }

    @Override
    public void setPassword(String username, char[] password) {}

    @Override
    public void setEnabled(String username, boolean enabled) {
      User u = byName.get(username);
      byName.put(
          username,
          new User(u.username(), u.displayName(), u.role(), u.unitCode(), enabled, u.createdAt()));
    }
  }

  private static DemoConfig demo(boolean on) {
    return new DemoConfig() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return DemoConfig.class;
      }

      @Override
      public boolean enabled() {
        return on;
      }
    };
  }

  @Test
  void turningDemoModeOffDisablesTheDemoUsersButNotAnOfficesOwnUserOfTheSameName()
      throws InterruptedException {
    Users users = new Users();
    for (String[] row : DemoLoader.demoUsers()) {
      if (!row[0].equals("admin")) {
        users.create(
            row[0], row[1], Role.valueOf(row[2]), row[3].isEmpty() ? null : row[3], new char[0]);
      }
    }
    // The office made its own "admin" on this database.
    users.create("admin", "Nguyễn Văn A", Role.OFFICE_ADMIN, null, new char[0]);

    DemoLoader loader = new DemoLoader(null, null, null, users, null, null, demo(false));
    loader.deactivate(); // waits for its worker

    assertThat(users.find("admin").orElseThrow().enabled()).isTrue();
    assertThat(users.list())
        .filteredOn(u -> !u.username().equals("admin"))
        .hasSize(DemoLoader.demoUsers().size() - 1)
        .allSatisfy(u -> assertThat(u.enabled()).as(u.username()).isFalse());
  }
}
