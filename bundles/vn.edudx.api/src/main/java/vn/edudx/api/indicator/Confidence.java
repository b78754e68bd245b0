package vn.edudx.api.indicator;

import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;

/**
 * How sure we are that a value of a shipped indicator set matches the legal text, so that the
 * office sees what it must check (tags of the reference tables: [S], [T], [M], [?]).
 */
public enum Confidence {
  /** Seen in a public source. */
  S,
  /** Taken from a third-party implementation; not authoritative. */
  T,
  /** Background knowledge, not verified. */
  M,
  /** Not found; a provisional value the office is expected to replace. */
  UNKNOWN;

  /** The name people read, from the API's resource bundles. */
  public LocalizedText label() {
    return Messages.api().text("confidence." + name());
  }
}
