package vn.edudx.collector.publicservices.internal;

import vn.edudx.api.Messages;

/**
 * This collector's texts in Vietnamese and English: its problems, its report and its description.
 */
final class PublicServicesMessages {

  static final Messages MESSAGES =
      Messages.load(
          "vn.edudx.collector.publicservices.internal.messages", PublicServicesMessages.class);

  private PublicServicesMessages() {}
}
