package vn.edudx.api.indicator;

import vn.edudx.api.LocalizedText;

/**
 * How sure we are that a value of a shipped indicator set matches the legal text, so that the
 * office sees what it must check (tags of the reference tables: [S], [T], [M], [?]).
 */
public enum Confidence {
  /** Seen in a public source. */
  S(new LocalizedText("Đã đối chiếu nguồn công khai", "Seen in a public source")),
  /** Taken from a third-party implementation; not authoritative. */
  T(new LocalizedText("Theo bên thứ ba, cần kiểm tra", "From a third party, to be checked")),
  /** Background knowledge, not verified. */
  M(new LocalizedText("Giả định, chưa kiểm chứng", "Assumed, not verified")),
  /** Not found; a provisional value the office is expected to replace. */
  UNKNOWN(new LocalizedText("Chưa rõ, giá trị tạm", "Not found, provisional value"));

  private final LocalizedText label;

  Confidence(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
