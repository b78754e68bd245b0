package vn.edudx.ranking.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.edudx.api.EduDxException;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;

/**
 * Which schools an area covers: those an authority manages, and those located in a place of the
 * administrative tree (a ward or commune, or any district or province above it); and which a
 * caller's area lets them see ({@link #area}).
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

  /**
   * The units the caller's area {@code code} covers, or every unit for {@code null}: the rule of
   * {@link vn.edudx.api.unit.UnitStore#covers}, evaluated on the register already read instead of
   * one look-up per school. A unit is covered when it is the area, the area manages it ({@code
   * authorityCode}), it lies under the area along {@code parentCode}, or the area is a department
   * and the unit lies under the department's province (its {@code parentCode}).
   *
   * @throws EduDxException INVALID when the register has no such unit
   */
  static Predicate<OrgUnit> area(String code, Map<String, OrgUnit> register) {
    if (code == null) {
      return u -> true;
    }
    OrgUnit area = register.get(code);
    if (area == null) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          StandardRanking.MESSAGES.problem("ranking.area.unknown", "area", null, null, code, code));
    }
    return unit -> UnitStore.covers(code, unit.code(), c -> Optional.ofNullable(register.get(c)));
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
