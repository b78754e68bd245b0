package vn.edudx.collect.internal;

import java.util.List;
import java.util.Optional;

/**
 * The columns of an observations file and the headers accepted for each, in Vietnamese (with or
 * without accents) and English.
 */
enum Column {
  UNIT(true, "ma_don_vi", "ma_truong", "ma_dv", "don_vi", "unit", "unit_code", "school_code"),
  PERIOD(true, "nam_hoc", "ky", "ky_danh_gia", "period", "school_year"),
  INDICATOR(true, "ma_chi_so", "chi_so", "ma_tieu_chi", "indicator", "indicator_code"),
  VALUE(true, "gia_tri", "ket_qua", "value"),
  EVIDENCE(false, "minh_chung", "link_minh_chung", "duong_link", "evidence", "evidence_link"),
  NOTE(false, "ghi_chu", "note", "notes");

  private final boolean required;
  private final List<String> keys;

  Column(boolean required, String... keys) {
    this.required = required;
    this.keys = List.of(keys);
  }

  boolean required() {
    return required;
  }

  /** The header people are shown: the first accepted one, with accents. */
  String display() {
    return switch (this) {
      case UNIT -> "Mã đơn vị";
      case PERIOD -> "Năm học";
      case INDICATOR -> "Mã chỉ số";
      case VALUE -> "Giá trị";
      case EVIDENCE -> "Minh chứng";
      case NOTE -> "Ghi chú";
    };
  }

  /** The accepted headers, for a hint. */
  String accepted() {
    return String.join(", ", keys);
  }

  static Optional<Column> forHeader(String header) {
    String key = Texts.key(header);
    for (Column c : values()) {
      if (c.keys.contains(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
