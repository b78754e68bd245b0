package vn.edudx.api.unit;

import java.time.LocalDate;
import java.util.Objects;
import vn.edudx.api.Period;

/**
 * A unit of the register: a school, an education authority or a place of the administrative tree,
 * valid between two dates so that history stays comparable when the tree changes.
 *
 * @param code the unit's code (MOET school code for schools), unique in the register
 * @param name the official Vietnamese name
 * @param type the kind of unit
 * @param level the school level, for schools only
 * @param parentCode the place the unit belongs to in the administrative tree, or {@code null}
 * @param authorityCode the education authority that manages the unit, or {@code null}
 * @param validFrom the first day the unit exists, or {@code null} if always
 * @param validTo the last day the unit exists, or {@code null} if it still does
 * @param source where the record came from (an import file, {@code demo}, a user)
 */
public record OrgUnit(
    String code,
    String name,
    UnitType type,
    SchoolLevel level,
    String parentCode,
    String authorityCode,
    LocalDate validFrom,
    LocalDate validTo,
    String source) {

  public OrgUnit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** Whether the unit existed during at least part of the period. */
  public boolean activeIn(Period period) {
    return (validFrom == null || !validFrom.isAfter(period.end()))
        && (validTo == null || !validTo.isBefore(period.start()));
  }

  public boolean isSchool() {
    return type == UnitType.SCHOOL;
  }
}
