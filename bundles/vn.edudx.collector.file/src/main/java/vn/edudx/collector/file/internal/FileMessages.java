package vn.edudx.collector.file.internal;

import vn.edudx.api.Messages;

/**
 * The file collector's texts in Vietnamese and English: its problems, its report, its description.
 */
final class FileMessages {

  static final Messages MESSAGES =
      Messages.load("vn.edudx.collector.file.internal.messages", FileMessages.class);

  private FileMessages() {}
}
