package vn.edudx.api;

import java.util.Objects;

/**
 * A text a person reads, in Vietnamese first and English second, so that every message can be shown
 * in either language without asking the producer again.
 */
public record LocalizedText(String vi, String en) {

  public LocalizedText {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
  }

  /** The same text in both languages (a proper name, a code). */
  public static LocalizedText of(String both) {
    return new LocalizedText(both, both);
  }
}
