package vn.edudx.ranking.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.edudx.api.EduDxException;
import vn.edudx.api.unit.OrgUnit;

/**
 * Which schools an area covers: those an authority manages, and those located in a place of the
 * administrative tree (a ward or commune, or any district or province above it).
 */
final class Scope {

  private Scope() {}

  /**
   * The schools of the unit {@code code}, or every school for {@code null}.
   *
   * @throws EduDxException INVALID when the register has no such unit
   */
  static Predicate<OrgUnit> of(String code, Map<String, OrgUnit> register) {
    if (code == null) {
      return u -> true;
    }
    if (!register.containsKey(code)) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          StandardRanking.MESSAGES.problem(
              "ranking.scope.unknown", "scope", null, null, code, code));
    }
    return school -> code.equals(school.authorityCode()) || within(school, code, register);
  }

  /** Whether the unit is the place {@code code} or lies inside it along {@code parentCode}. */
  private static boolean within(OrgUnit unit, String code, Map<String, OrgUnit> register) {
    Set<String> seen = new HashSet<>();
    OrgUnit u = unit;
    while (u != null && seen.add(u.code())) {
      if (u.code().equals(code)) {
        return true;
      }
      String parent = u.parentCode();
      if (parent == null) {
        return false;
      }
      if (parent.equals(code)) {
        return true;
      }
      u = register.get(parent);
    }
    return false;
  }
}
