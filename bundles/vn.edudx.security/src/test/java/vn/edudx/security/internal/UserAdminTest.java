package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.security.internal.Fixture.PASSWORD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edudx.api.EduDxException;
import vn.edudx.api.EduDxException.Kind;
import vn.edudx.api.Problem;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.User;

/** The office's administration of users: what a user must be, and what changes end sessions. */
class UserAdminTest {

  private final Fixture f = new Fixture();
  private final EduDxAuthService admin = f.service;

  private static EduDxException refused(Kind kind, Executable call) {
    try {
      call.execute();
    } catch (EduDxException e) {
      assertThat(e.kind()).as("kind of %s", Fixture.codes(e)).isEqualTo(kind);
      return e;
    } catch (Throwable t) {
      throw new AssertionError("unexpected", t);
    }
    throw new AssertionError("accepted");
  }

  private EduDxException invalid(
      String username, String displayName, Role role, String unit, String password) {
    return refused(
        Kind.INVALID,
        () ->
            admin.create(
                username,
                displayName,
                role,
                unit,
                password == null ? null : password.toCharArray()));
  }

  @Test
  void aSchoolUserIsCreatedLowerCasedBoundToItsSchoolAndWithAHashedPassword() {
    User u =
        admin.create(
            " TH.Nga-Nam ", " Trường TH Ngã Năm ", Role.SCHOOL, "S1", PASSWORD.toCharArray());

    assertThat(u)
        .isEqualTo(
            new User("th.nga-nam", "Trường TH Ngã Năm", Role.SCHOOL, "S1", true, Fixture.START));
    assertThat(admin.find("TH.NGA-NAM")).contains(u);
    assertThat(admin.list()).containsExactly(u);
    String hash = f.users.users.get("th.nga-nam").passwordHash();
    assertThat(hash).startsWith("pbkdf2-sha512$1000$").doesNotContain(PASSWORD);
    assertThat(f.hasher.verify(PASSWORD.toCharArray(), hash)).isTrue();
  }

  @Test
  void officeRolesMayNameAUnitOfTheRegisterOrNone() {
    admin.create("admin", "Quản trị", Role.OFFICE_ADMIN, null, PASSWORD.toCharArray());
    admin.create("lanh.dao", "Lãnh đạo", Role.LEADERSHIP, "PGD", PASSWORD.toCharArray());
    admin.create("reviewer", "Chuyên viên", Role.OFFICE_REVIEWER, " ", PASSWORD.toCharArray());

    assertThat(admin.list())
        .extracting(User::username, User::unitCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admin", null),
            org.assertj.core.groups.Tuple.tuple("lanh.dao", "PGD"),
            org.assertj.core.groups.Tuple.tuple("reviewer", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "has space", "trường", "semi;colon", "a/b", "", "ad\u0000min"})
  void aBadUsernameIsRefused(String username) {
    EduDxException e = invalid(username, "Tên", Role.OFFICE_ADMIN, null, PASSWORD);

    assertThat(Fixture.codes(e)).containsExactly("user.username.invalid");
    Problem p = e.problems().get(0);
    assertThat(p.field()).isEqualTo("username");
    assertThat(p.hint().en()).contains("3 to 64");
  }

  @Test
  void theLongestAndShortestUsernamesAreAcceptedAndOneLongerIsNot() {
    assertThat(Fixture.codes(invalid("x".repeat(65), "X", Role.OFFICE_ADMIN, null, PASSWORD)))
        .containsExactly("user.username.invalid");
    admin.create("abc", "A", Role.OFFICE_ADMIN, null, PASSWORD.toCharArray());
    admin.create("x".repeat(64), "X", Role.OFFICE_ADMIN, null, PASSWORD.toCharArray());

    assertThat(admin.list()).hasSize(2);
  }

  @Test
  void aDisplayNameIsRequiredAndAtMostTwoHundredCharacters() {
    assertThat(Fixture.codes(invalid("admin", null, Role.OFFICE_ADMIN, null, PASSWORD)))
        .containsExactly("user.display-name.missing");
    assertThat(Fixture.codes(invalid("admin", "  ", Role.OFFICE_ADMIN, null, PASSWORD)))
        .containsExactly("user.display-name.missing");
    EduDxException tooLong = invalid("admin", "x".repeat(201), Role.OFFICE_ADMIN, null, PASSWORD);
    assertThat(Fixture.codes(tooLong)).containsExactly("user.display-name.too-long");
    assertThat(tooLong.problems().get(0).message().en()).contains("201").contains("200");

    admin.create("admin", "x".repeat(200), Role.OFFICE_ADMIN, null, PASSWORD.toCharArray());
  }

  @Test
  void aRoleIsRequired() {
    EduDxException e = invalid("admin", "Quản trị", null, null, PASSWORD);

    assertThat(Fixture.codes(e)).containsExactly("user.role.missing");
    assertThat(e.problems().get(0).hint().vi()).contains("OFFICE_ADMIN", "SCHOOL");
  }

  @Test
  void aSchoolUserNeedsASchoolOfTheRegister() {
    assertThat(Fixture.codes(invalid("truong", "T", Role.SCHOOL, null, PASSWORD)))
        .containsExactly("user.unit.required");
    assertThat(Fixture.codes(invalid("truong", "T", Role.SCHOOL, "NOPE", PASSWORD)))
        .containsExactly("user.unit.unknown");
    EduDxException office = invalid("truong", "T", Role.SCHOOL, "PGD", PASSWORD);
    assertThat(Fixture.codes(office)).containsExactly("user.unit.not-school");
    assertThat(office.problems().get(0).message().en())
        .isEqualTo("Unit “PGD” is of type OFFICE, not a school.");
  }

  @Test
  void anOfficeUserMayNotNameAUnitOutsideTheRegister() {
    EduDxException e = invalid("reviewer", "R", Role.OFFICE_REVIEWER, "NOPE", PASSWORD);

    assertThat(Fixture.codes(e)).containsExactly("user.unit.unknown");
    assertThat(e.problems().get(0).value()).isEqualTo("NOPE");
  }

  @Test
  void aWeakPasswordIsRefusedAndNothingIsStored() {
    assertThat(Fixture.codes(invalid("admin", "Quản trị", Role.OFFICE_ADMIN, null, "short")))
        .containsExactly("password.too-short");
    assertThat(Fixture.codes(invalid("admin", "Quản trị", Role.OFFICE_ADMIN, null, null)))
        .containsExactly("password.too-short");
    assertThat(
            Fixture.codes(
                invalid("admin", "Quản trị", Role.OFFICE_ADMIN, null, "the admin password")))
        .containsExactly("password.contains-username");
    assertThat(admin.list()).isEmpty();
  }

  @Test
  void everyProblemOfARequestIsReportedAtOnce() {
    EduDxException e = invalid("A B", "", Role.SCHOOL, null, "short");

    assertThat(Fixture.codes(e))
        .containsExactly(
            "user.username.invalid",
            "user.display-name.missing",
            "user.unit.required",
            "password.too-short");
  }

  @Test
  void aTakenUsernameIsAConflictWhateverItsCase() {
    admin.create("admin", "Quản trị", Role.OFFICE_ADMIN, null, PASSWORD.toCharArray());

    EduDxException e =
        refused(
            Kind.CONFLICT,
            () -> admin.create("ADMIN", "Khác", Role.LEADERSHIP, null, PASSWORD.toCharArray()));
    assertThat(Fixture.codes(e)).containsExactly("user.exists");
    assertThat(admin.find("admin").orElseThrow().role()).isEqualTo(Role.OFFICE_ADMIN);
  }

  @Test
  void changingAnUnknownUserIsNotFound() {
    assertThat(
            Fixture.codes(
                refused(Kind.NOT_FOUND, () -> admin.setPassword("ghost", PASSWORD.toCharArray()))))
        .containsExactly("user.unknown");
    refused(Kind.NOT_FOUND, () -> admin.setEnabled("ghost", false));
    assertThat(admin.find("ghost")).isEmpty();
  }

  @Test
  void aWeakNewPasswordIsRefusedAndTheOldOneKept() {
    f.withUsers();
    String before = f.users.users.get("admin").passwordHash();

    assertThat(
            Fixture.codes(
                refused(
                    Kind.INVALID, () -> admin.setPassword("admin", "Admin12345".toCharArray()))))
        .containsExactly("password.contains-username");
    assertThat(f.users.users.get("admin").passwordHash()).isEqualTo(before);
  }

  @Test
  void disablingAndEnablingShowsInTheList() {
    f.withUsers();

    admin.setEnabled("Admin", false);
    assertThat(admin.find("admin").orElseThrow().enabled()).isFalse();
    admin.setEnabled("admin", true);
    assertThat(admin.list()).allMatch(User::enabled);
    assertThat(List.of(admin.find("admin").orElseThrow().createdAt()))
        .containsExactly(Fixture.START);
  }
}
