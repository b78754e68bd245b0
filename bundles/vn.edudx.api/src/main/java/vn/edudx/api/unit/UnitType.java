package vn.edudx.api.unit;

import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;

/** The kinds of units in the register: places of the administrative tree and education units. */
public enum UnitType {
  PROVINCE,
  DISTRICT,
  WARD,
  COMMUNE,
  DEPARTMENT,
  OFFICE,
  SCHOOL;

  /** The name people read, from the API's resource bundles. */
  public LocalizedText label() {
    return Messages.api().text("unit.type." + name());
  }
}
