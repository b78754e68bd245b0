package vn.edudx.publish.internal;

import vn.edudx.api.Messages;

/** The bundle's texts in Vietnamese and English, loaded once through the bundle's class loader. */
final class Texts {

  static final Messages MESSAGES = Messages.load("vn.edudx.publish.internal.messages", Texts.class);

  private Texts() {}
}
