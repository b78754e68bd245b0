package vn.edudx.api.score;

import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;

/** The names of the three MOET levels. */
public final class Levels {

  private Levels() {}

  public static LocalizedText name(int level) {
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("No such level: " + level);
    }
    return Messages.api().text("level." + level);
  }
}
