package vn.edudx.publish.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.ranking.RobustnessSettings;

/**
 * Writes how a publication was made, in plain words for a journalist on deadline: what was ranked,
 * how levels, ties and rank intervals work, and where the unranked schools are.
 */
final class Methodology {

  private Methodology() {}

  /**
   * The method as paragraphs separated by a blank line.
   *
   * @param otherSets schools scored under a set or version other than the one named, or 0
   * @param otherSetNames those sets and versions, such as {@code moet-4725-2022 v1}
   * @param mainLevels the category each multi-level school of the rankings was ranked in, such as
   *     {@code TH_THCS → THCS}, or empty
   */
  static LocalizedText of(
      int schools,
      String scopeName,
      String period,
      String setId,
      int setVersion,
      int otherSets,
      String otherSetNames,
      String mainLevels,
      RobustnessSettings robustness,
      String note) {
    List<LocalizedText> paragraphs = new ArrayList<>();
    paragraphs.add(
        Texts.MESSAGES.text(
            "method.ranked", schools, scopeName, period, setId, String.valueOf(setVersion)));
    if (otherSets > 0) {
      paragraphs.add(Texts.MESSAGES.text("method.mixed-sets", otherSets, otherSetNames));
    }
    paragraphs.add(Texts.MESSAGES.text("method.levels"));
    LocalizedText rankings = Texts.MESSAGES.text("method.rankings");
    if (mainLevels != null && !mainLevels.isEmpty()) {
      LocalizedText main = Texts.MESSAGES.text("method.main-levels", mainLevels);
      rankings =
          new LocalizedText(rankings.vi() + " " + main.vi(), rankings.en() + " " + main.en());
    }
    paragraphs.add(rankings);
    paragraphs.add(Texts.MESSAGES.text("method.ties"));
    if (robustness == null) {
      paragraphs.add(Texts.MESSAGES.text("method.no-interval"));
    } else {
      LocalizedText interval =
          Texts.MESSAGES.text(
              "method.interval",
              percent(robustness.weightBand()),
              percent(robustness.inputUncertainty()),
              robustness.runs(),
              robustness.seed(),
              String.valueOf(robustness.lowPercentile()),
              String.valueOf(robustness.highPercentile()),
              String.valueOf(robustness.highPercentile() - robustness.lowPercentile()));
      LocalizedText verified = verified(robustness);
      paragraphs.add(
          new LocalizedText(
              interval.vi() + " " + verified.vi(), interval.en() + " " + verified.en()));
      paragraphs.add(Texts.MESSAGES.text("method.distinguishable", percent(robustness.overlap())));
    }
    paragraphs.add(Texts.MESSAGES.text("method.movement"));
    paragraphs.add(Texts.MESSAGES.text("method.unranked"));
    if (note != null && !note.isBlank()) {
      paragraphs.add(Texts.MESSAGES.text("method.note", note.strip()));
    }
    return new LocalizedText(
        String.join("\n\n", paragraphs.stream().map(LocalizedText::vi).toList()),
        String.join("\n\n", paragraphs.stream().map(LocalizedText::en).toList()));
  }

  /**
   * Which inputs the simulation holds fixed as verified: "số liệu từ đánh giá ngoài của Phòng/Sở
   * (external-evaluation)"; a source without a description is named by its code.
   */
  private static LocalizedText verified(RobustnessSettings robustness) {
    if (robustness.verifiedSources().isEmpty()) {
      return Texts.MESSAGES.text("method.verified.none");
    }
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (String source : robustness.verifiedSources()) {
      String key = "source." + source;
      if (Texts.MESSAGES.has(key)) {
        LocalizedText name = Texts.MESSAGES.text(key);
        vi.add(name.vi() + " (" + source + ")");
        en.add(name.en() + " (" + source + ")");
      } else {
        vi.add(source);
        en.add(source);
      }
    }
    return new LocalizedText(
        Texts.MESSAGES.text("method.verified", String.join(", ", vi)).vi(),
        Texts.MESSAGES.text("method.verified", String.join(", ", en)).en());
  }

  /** A share as a percentage, exactly (0.2 is 20, not 20.000000000000004). */
  private static BigDecimal percent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros();
  }
}
