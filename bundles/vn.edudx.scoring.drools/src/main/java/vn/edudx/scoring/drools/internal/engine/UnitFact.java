package vn.edudx.scoring.drools.internal.engine;

import vn.edudx.api.unit.OrgUnit;

/** A unit being scored, as the generated rules see it: its code, and its level for a school. */
public final class UnitFact {

  private final String code;
  private final boolean school;
  private final String level;

  public UnitFact(OrgUnit unit) {
    this.code = unit.code();
    this.school = unit.isSchool();
    this.level = unit.level() == null ? null : unit.level().name();
  }

  public String getCode() {
    return code;
  }

  public boolean isSchool() {
    return school;
  }

  /** The school level's name ({@code TH}, {@code THCS_THPT}), or {@code null}. */
  public String getLevel() {
    return level;
  }
}
