package vn.edudx.plan.internal;

import vn.edudx.api.Messages;

/** The bundle's Vietnamese and English texts, loaded once. */
final class Texts {

  static final Messages MESSAGES = Messages.load("vn.edudx.plan.internal.messages", Texts.class);

  private Texts() {}
}
