package vn.edudx.rest.internal.dto;

import java.time.LocalDate;
import vn.edudx.api.unit.OrgUnit;

/** A unit of the register. */
public record UnitDTO(
    String code,
    String name,
    String type,
    TextDTO typeLabel,
    String level,
    TextDTO levelLabel,
    String parentCode,
    String authorityCode,
    LocalDate validFrom,
    LocalDate validTo) {

  public static UnitDTO of(OrgUnit u) {
    return new UnitDTO(
        u.code(),
        u.name(),
        u.type().name(),
        TextDTO.of(u.type().label()),
        u.level() == null ? null : u.level().name(),
        u.level() == null ? null : TextDTO.of(u.level().label()),
        u.parentCode(),
        u.authorityCode(),
        u.validFrom(),
        u.validTo());
  }
}
