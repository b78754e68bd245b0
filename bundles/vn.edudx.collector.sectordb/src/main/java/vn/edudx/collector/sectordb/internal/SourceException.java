package vn.edudx.collector.sectordb.internal;

import vn.edudx.api.LocalizedText;

/**
 * The source failed to give a usable page (no answer, an HTTP error, a page too large or not JSON
 * of the contract): nothing of it was ingested, and the collector backs off before trying again.
 */
final class SourceException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText text;

  SourceException(String key, Object... args) {
    this(null, key, args);
  }

  SourceException(Throwable cause, String key, Object... args) {
    super(SectorDbMessages.MESSAGES.text(key, args).en(), cause);
    this.text = SectorDbMessages.MESSAGES.text(key, args);
  }

  /** What went wrong, in both languages. */
  LocalizedText text() {
    return text;
  }
}
