package vn.edudx.rest.internal.dto;

import vn.edudx.api.LocalizedText;

/** A text in Vietnamese and English. */
public record TextDTO(String vi, String en) {

  public static TextDTO of(LocalizedText t) {
    return t == null ? null : new TextDTO(t.vi(), t.en());
  }
}
