package vn.edudx.api.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The register of units, kept in the database. */
public interface UnitStore {

  Optional<OrgUnit> find(String code);

  /** Units of the given type and school level; a {@code null} filter matches all. */
  List<OrgUnit> list(UnitType type, SchoolLevel level);

  /** Units by code; codes not in the register are left out. */
  List<OrgUnit> findAll(Collection<String> codes);

  /**
   * Adds or replaces the given units in one transaction: all of them are stored or none.
   *
   * @return how many were new
   */
  int upsert(List<OrgUnit> units);

  long count();

  /**
   * Whether a unit lies in the area of another: the unit itself; a unit the area manages ({@code
   * authorityCode}); a unit under the area in the administrative tree; and, for a department (Sở),
   * every unit of its province. An office sees the schools it manages, a department those of its
   * province. A {@code null} area covers everything.
   */
  default boolean covers(String areaCode, String unitCode) {
    return covers(areaCode, unitCode, this::find);
  }

  /**
   * The rule of {@link #covers(String, String)} over any register, for callers that hold the
   * register in memory (a ranking of a province asks it for thousands of schools).
   */
  static boolean covers(
      String areaCode,
      String unitCode,
      java.util.function.Function<String, Optional<OrgUnit>> find) {
    if (areaCode == null || areaCode.equals(unitCode)) {
      return true;
    }
    Optional<OrgUnit> unit = find.apply(unitCode);
    if (unit.isEmpty()) {
      return false;
    }
    if (areaCode.equals(unit.get().authorityCode())) {
      return true;
    }
    String province =
        find.apply(areaCode)
            .filter(a -> a.type() == UnitType.DEPARTMENT)
            .map(OrgUnit::parentCode)
            .orElse(null);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String p = unit.get().parentCode(); p != null && seen.add(p); ) {
      if (p.equals(areaCode) || p.equals(province)) {
        return true;
      }
      p = find.apply(p).map(OrgUnit::parentCode).orElse(null);
    }
    return false;
  }
}
