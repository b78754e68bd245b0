package vn.edudx.api.score;

import vn.edudx.api.LocalizedText;

/** The names of the three MOET levels. */
public final class Levels {

  private Levels() {}

  public static LocalizedText name(int level) {
    return switch (level) {
      case 1 -> new LocalizedText("Mức 1 - Chưa đáp ứng", "Level 1 - Not met");
      case 2 -> new LocalizedText("Mức 2 - Đáp ứng cơ bản", "Level 2 - Basically met");
      case 3 -> new LocalizedText("Mức 3 - Đáp ứng tốt", "Level 3 - Well met");
      default -> throw new IllegalArgumentException("No such level: " + level);
    };
  }
}
