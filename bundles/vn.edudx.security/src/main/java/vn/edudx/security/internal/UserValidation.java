package vn.edudx.security.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.edudx.api.Problem;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;

/** What a new user must be, checked all at once so the admin sees every problem together. */
final class UserValidation {

  static final int MIN_NAME = 3;
  static final int MAX_NAME = 64;
  static final int MAX_DISPLAY_NAME = 200;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

  private UserValidation() {}

  /** Whether a (lower-cased) username is well formed. */
  static boolean validUsername(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  static List<Problem> check(
      String username,
      String displayName,
      Role role,
      String unitCode,
      char[] password,
      UnitStore units) {
    List<Problem> problems = new ArrayList<>();
    if (!validUsername(username)) {
      problems.add(
          Texts.problem(
              "user.username.invalid",
              "username",
              username,
              username == null ? "" : username,
              MIN_NAME,
              MAX_NAME));
    }
    if (displayName == null || displayName.isBlank()) {
      problems.add(
          Texts.problem("user.display-name.missing", "displayName", null, MAX_DISPLAY_NAME));
    } else if (displayName.length() > MAX_DISPLAY_NAME) {
      problems.add(
          Texts.problem(
              "user.display-name.too-long",
              "displayName",
              null,
              MAX_DISPLAY_NAME,
              displayName.length()));
    }
    if (role == null) {
      String roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
      problems.add(Texts.problem("user.role.missing", "role", null, roles));
    }
    problems.addAll(unit(role, unitCode, units));
    problems.addAll(PasswordPolicy.check(validUsername(username) ? username : null, password));
    return problems;
  }

  /** A school user needs a school of the register; others may name any unit of the register. */
  private static List<Problem> unit(Role role, String unitCode, UnitStore units) {
    if (unitCode == null) {
      return role == Role.SCHOOL
          ? List.of(Texts.problem("user.unit.required", "unitCode", null))
          : List.of();
    }
    Optional<OrgUnit> unit = units.find(unitCode);
    if (unit.isEmpty()) {
      return List.of(Texts.problem("user.unit.unknown", "unitCode", unitCode, unitCode));
    }
    if (role == Role.SCHOOL && !unit.get().isSchool()) {
      return List.of(
          Texts.problem(
              "user.unit.not-school", "unitCode", unitCode, unitCode, unit.get().type().name()));
    }
    return List.of();
  }
}
