package vn.edudx.security.internal;

import vn.edudx.api.Messages;
import vn.edudx.api.Problem;

/** The bundle's messages, Vietnamese and English, for the problems users and admins are told. */
final class Texts {

  static final Messages MESSAGES =
      Messages.load("vn.edudx.security.internal.messages", Texts.class);

  private Texts() {}

  /** A problem about one field of a request, with its message and hint from the bundle. */
  static Problem problem(String code, String field, String value, Object... args) {
    return MESSAGES.problem(code, field, null, null, value, args);
  }
}
