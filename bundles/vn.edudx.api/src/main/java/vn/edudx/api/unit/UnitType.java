package vn.edudx.api.unit;

import vn.edudx.api.LocalizedText;

/** The kinds of units in the register: places of the administrative tree and education units. */
public enum UnitType {
  PROVINCE(new LocalizedText("Tỉnh/Thành phố", "Province/City")),
  DISTRICT(new LocalizedText("Huyện/Thị xã/Thành phố thuộc tỉnh", "District/Town")),
  WARD(new LocalizedText("Phường", "Ward")),
  COMMUNE(new LocalizedText("Xã", "Commune")),
  DEPARTMENT(new LocalizedText("Sở Giáo dục và Đào tạo", "Department of Education and Training")),
  OFFICE(new LocalizedText("Phòng Giáo dục và Đào tạo", "Education and Training Office")),
  SCHOOL(new LocalizedText("Cơ sở giáo dục", "School"));

  private final LocalizedText label;

  UnitType(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
