package vn.edudx.api.unit;

import vn.edudx.api.LocalizedText;

/**
 * The level of education a school provides; multi-level schools name the levels they join, and rank
 * in the category of their main (highest) level.
 */
public enum SchoolLevel {
  MN(new LocalizedText("Mầm non", "Preschool")),
  TH(new LocalizedText("Tiểu học", "Primary")),
  THCS(new LocalizedText("Trung học cơ sở", "Lower secondary")),
  THPT(new LocalizedText("Trung học phổ thông", "Upper secondary")),
  GDTX(new LocalizedText("Giáo dục thường xuyên", "Continuing education")),
  TH_THCS(new LocalizedText("Liên cấp Tiểu học - THCS", "Multi-level primary and lower secondary")),
  THCS_THPT(new LocalizedText("Liên cấp THCS - THPT", "Multi-level lower and upper secondary")),
  TH_THCS_THPT(
      new LocalizedText("Liên cấp TH - THCS - THPT", "Multi-level primary to upper secondary"));

  private final LocalizedText label;

  SchoolLevel(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
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
