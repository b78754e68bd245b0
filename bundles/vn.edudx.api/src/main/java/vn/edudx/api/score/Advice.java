package vn.edudx.api.score;

import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * A note a hand-written rule of a rule bundle adds to a score: a value the office should check, or
 * advice to the school. It never changes points or levels.
 *
 * @param rule the name of the rule that wrote it
 * @param indicators the indicators it is about
 */
public record Advice(String rule, Kind kind, LocalizedText message, List<String> indicators) {

  public Advice {
    indicators = List.copyOf(indicators);
  }

  /** What a note is. */
  public enum Kind {
    /** A value that looks wrong or inconsistent. */
    DATA_QUALITY,
    /** A suggestion to the school. */
    ADVICE
  }
}
