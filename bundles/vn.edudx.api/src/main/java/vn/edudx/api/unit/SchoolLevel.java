package vn.edudx.api.unit;

import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;

/**
 * The level of education a school provides; multi-level schools name the levels they join, and rank
 * in the category of their main (highest) level.
 */
public enum SchoolLevel {
  MN,
  TH,
  THCS,
  THPT,
  GDTX,
  TH_THCS,
  THCS_THPT,
  TH_THCS_THPT;

  /** The name people read, from the API's resource bundles. */
  public LocalizedText label() {
    return Messages.api().text("school.level." + name());
  }

  /** The category a school of this level is ranked in. */
  public SchoolLevel mainLevel() {
    return switch (this) {
      case TH_THCS -> THCS;
      case THCS_THPT, TH_THCS_THPT -> THPT;
      default -> this;
    };
  }
}
