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
}
