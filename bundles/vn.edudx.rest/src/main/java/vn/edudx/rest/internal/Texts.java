package vn.edudx.rest.internal;

import vn.edudx.api.Messages;
import vn.edudx.rest.internal.dto.TextDTO;

/** The REST layer's own texts, from its resource bundles. */
final class Texts {

  static final Messages MESSAGES = Messages.load("vn.edudx.rest.internal.messages", Texts.class);

  private Texts() {}

  static TextDTO text(String key, Object... args) {
    return TextDTO.of(MESSAGES.text(key, args));
  }

  static TextDTO title(int status) {
    String key = "title." + status;
    return text(MESSAGES.has(key) ? key : "title.other", status);
  }

  /** The notice shown beside synthetic demo data. */
  static TextDTO demoNotice() {
    return text("notice.demo");
  }
}
