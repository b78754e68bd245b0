package vn.edudx.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.karaf.shell.api.console.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.User;
import vn.edudx.api.security.UserAdmin;

/** The user commands over a recording user admin and a console that types given answers. */
class UserCommandsTest {

  private final Admin admin = new Admin();
  private final Deque<String> typed = new ArrayDeque<>();
  private final List<String> prompts = new ArrayList<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void captureOutput() {
    original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(original);
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private Session console() {
    return (Session)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) -> {
              if (method.getName().equals("readLine")) {
                assertThat(args[1]).as("masked").isEqualTo('*');
                prompts.add((String) args[0]);
                return typed.poll();
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private <T extends UserCommand> T wire(T command) {
    command.admin = admin;
    command.session = console();
    return command;
  }

  private UserAddCommand add(String username, String role, String unit, String password) {
    UserAddCommand c = wire(new UserAddCommand());
    c.username = username;
    c.role = role;
    c.unit = unit;
    c.password = password;
    return c;
  }

  @Test
  void userAddAsksForThePasswordTwiceHiddenAndDefaultsTheNameToTheUsername() throws Exception {
    typed.add("mùa nước nổi 2025");
    typed.add("mùa nước nổi 2025");

    add("th.nga-nam", "school", "S1", null).execute();

    assertThat(prompts)
        .containsExactly(
            "Mật khẩu mới / New password: ", "Nhập lại mật khẩu / Repeat the password: ");
    assertThat(admin.created).containsExactly("th.nga-nam|th.nga-nam|SCHOOL|S1|mùa nước nổi 2025");
    assertThat(printed())
        .contains("Đã thêm người dùng th.nga-nam với vai trò SCHOOL, đơn vị S1.")
        .contains("Added user th.nga-nam with role SCHOOL, unit S1.");
  }

  @Test
  void twoDifferentPasswordsChangeNothing() throws Exception {
    typed.add("mùa nước nổi 2025");
    typed.add("mùa nước nổi 2026");

    add("admin", "OFFICE_ADMIN", null, null).execute();

    assertThat(admin.created).isEmpty();
    assertThat(printed()).contains("The two passwords do not match; nothing was changed.");
  }

  @Test
  void aPasswordOnTheCommandLineIsNotAskedFor() throws Exception {
    UserAddCommand c = add("admin", "office_admin", null, "mùa nước nổi 2025");
    c.name = "Quản trị";
    c.execute();

    assertThat(prompts).isEmpty();
    assertThat(admin.created).containsExactly("admin|Quản trị|OFFICE_ADMIN|null|mùa nước nổi 2025");
  }

  @Test
  void anUnknownRoleIsNamedWithTheRolesThereAre() throws Exception {
    add("admin", "boss", null, "mùa nước nổi 2025").execute();

    assertThat(admin.created).isEmpty();
    assertThat(printed())
        .contains(
            "There is no role “boss”; the roles are: OFFICE_ADMIN, OFFICE_REVIEWER, LEADERSHIP, SCHOOL.");
  }

  @Test
  void aRefusedRequestIsPrintedAsItsProblemsWithHints() throws Exception {
    add("x", "LEADERSHIP", null, "short").execute();

    assertThat(printed())
        .contains("The request was refused: 1 problem(s).")
        .contains("1. Tên không hợp lệ")
        .contains("   → Use 3 to 64 characters");
  }

  @Test
  void usersAreListedOnePerLine() {
    admin.users.put(
        "admin", new User("admin", "Quản trị", Role.OFFICE_ADMIN, null, true, Instant.EPOCH));
    admin.users.put(
        "th.nga-nam", new User("th.nga-nam", "Trường TH", Role.SCHOOL, "S1", false, Instant.EPOCH));
    UsersCommand c = new UsersCommand();
    c.admin = admin;

    c.execute();

    assertThat(printed().lines().toList())
        .hasSize(4)
        .anySatisfy(
            l -> assertThat(l).startsWith("admin").contains("OFFICE_ADMIN", " - ", "ENABLED"))
        .anySatisfy(
            l -> assertThat(l).startsWith("th.nga-nam").contains("SCHOOL", "S1", "DISABLED"));
  }

  @Test
  void passwdOfAnUnknownUserSaysSoBeforeAskingForAPassword() throws Exception {
    UserPasswdCommand c = wire(new UserPasswdCommand());
    c.username = "ghost";
    c.execute();

    assertThat(prompts).isEmpty();
    assertThat(printed()).contains("There is no user “ghost”.");
  }

  @Test
  void passwdEnableAndDisableChangeTheUser() throws Exception {
    admin.users.put(
        "admin", new User("admin", "Quản trị", Role.OFFICE_ADMIN, null, true, Instant.EPOCH));
    typed.add("một mật khẩu mới");
    typed.add("một mật khẩu mới");
    UserPasswdCommand passwd = wire(new UserPasswdCommand());
    passwd.username = "admin";
    passwd.execute();
    UserDisableCommand disable = wire(new UserDisableCommand());
    disable.username = "admin";
    disable.execute();
    UserEnableCommand enable = wire(new UserEnableCommand());
    enable.username = "admin";
    enable.execute();

    assertThat(admin.changes)
        .containsExactly(
            "password admin=một mật khẩu mới", "enabled admin=false", "enabled admin=true");
    assertThat(printed())
        .contains("every session of this user has ended")
        .contains("User admin may sign in again.");
  }

  /** Records what the commands ask of it; refuses a username shorter than three characters. */
  private static final class Admin implements UserAdmin {
    final List<String> created = new ArrayList<>();
    final List<String> changes = new ArrayList<>();
    final Map<String, User> users = new TreeMap<>();

    @Override
    public User create(
        String username, String displayName, Role role, String unitCode, char[] password) {
      if (username.length() < 3) {
        throw new EduDxException(
            EduDxException.Kind.INVALID,
            Problem.general(
                "user.username.invalid",
                new LocalizedText("Tên không hợp lệ", "Bad name"),
                new LocalizedText("Dùng 3 đến 64 ký tự", "Use 3 to 64 characters")));
      }
      created.add(
          String.join("|", username, displayName, role.name(), unitCode, String.valueOf(password)));
      User u = new User(username, displayName, role, unitCode, true, Instant.EPOCH);
      users.put(username, u);
      return u;
    }

    @Override
    public List<User> list() {
      return List.copyOf(users.values());
    }

    @Override
    public Optional<User> find(String username) {
      return Optional.ofNullable(users.get(username));
    }

    @Override
    public void setPassword(String username, char[] password) {
      changes.add("password " + username + "=" + String.valueOf(password));
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
      changes.add("enabled " + username + "=" + enabled);
    }
  }
}
