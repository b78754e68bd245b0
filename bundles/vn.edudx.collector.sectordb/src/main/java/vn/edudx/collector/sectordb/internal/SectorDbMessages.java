package vn.edudx.collector.sectordb.internal;

import vn.edudx.api.Messages;

/** This collector's texts in Vietnamese and English: its problems, its status and description. */
final class SectorDbMessages {

  static final Messages MESSAGES =
      Messages.load("vn.edudx.collector.sectordb.internal.messages", SectorDbMessages.class);

  private SectorDbMessages() {}
}
