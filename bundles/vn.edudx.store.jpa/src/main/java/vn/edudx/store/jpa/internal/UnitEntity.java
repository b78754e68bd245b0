package vn.edudx.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/** A row of the register of units. */
@Entity
@Table(
    name = "EDUDX_UNIT",
    indexes = {@Index(name = "EDUDX_UNIT_TYPE", columnList = "UNIT_TYPE,SCHOOL_LEVEL")})
public class UnitEntity {

  @Id
  @Column(name = "CODE", length = 32)
  private String code;

  @Column(name = "NAME", length = 255, nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "UNIT_TYPE", length = 16, nullable = false)
  private UnitType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "SCHOOL_LEVEL", length = 16)
  private SchoolLevel level;

  @Column(name = "PARENT_CODE", length = 32)
  private String parentCode;

  @Column(name = "AUTHORITY_CODE", length = 32)
  private String authorityCode;

  @Column(name = "VALID_FROM")
  private LocalDate validFrom;

  @Column(name = "VALID_TO")
  private LocalDate validTo;

  @Column(name = "SOURCE", length = 255)
  private String source;

  @Column(name = "UPDATED_AT", nullable = false)
  private Instant updatedAt;

  protected UnitEntity() {}

  UnitEntity(String code) {
    this.code = code;
  }

  void copyFrom(OrgUnit u, Instant now) {
    name = u.name();
    type = u.type();
    level = u.level();
    parentCode = u.parentCode();
    authorityCode = u.authorityCode();
    validFrom = u.validFrom();
    validTo = u.validTo();
    source = u.source();
    updatedAt = now;
  }

  OrgUnit toUnit() {
    return new OrgUnit(
        code, name, type, level, parentCode, authorityCode, validFrom, validTo, source);
  }
}
