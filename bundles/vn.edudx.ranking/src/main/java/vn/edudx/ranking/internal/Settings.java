package vn.edudx.ranking.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.unit.SchoolLevel;

/**
 * The checked settings of rankings, read from {@link RankingConfig}: a bad value never stops
 * rankings, it is logged and its default used.
 *
 * @param robustness the rank intervals' settings, with the verified sources: the one place they are
 *     kept, so that what a ranking says it used is what it used
 * @param mainLevels the category of each multi-level school, overriding {@link
 *     SchoolLevel#mainLevel()}
 */
record Settings(RobustnessSettings robustness, Map<SchoolLevel, SchoolLevel> mainLevels) {

  private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

  static final String DEFAULT_MAIN_LEVELS = "TH_THCS=THCS,THCS_THPT=THPT,TH_THCS_THPT=THPT";
  static final Settings DEFAULT =
      new Settings(RobustnessSettings.DEFAULT, parseMainLevels(DEFAULT_MAIN_LEVELS));

  Settings {
    mainLevels = Map.copyOf(mainLevels);
  }

  /** The settings of a configuration, each bad part replaced by its default (and logged). */
  static Settings from(RankingConfig c) {
    Set<String> verified = new LinkedHashSet<>();
    for (String entry : c.verifiedSources() == null ? new String[0] : c.verifiedSources()) {
      Arrays.stream(entry.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(verified::add);
    }
    RobustnessSettings robustness =
        new RobustnessSettings(
            c.weightBand(),
            c.inputUncertainty(),
            c.runs(),
            c.seed(),
            c.lowPercentile(),
            c.highPercentile(),
            c.overlap(),
            List.copyOf(verified));
    Optional<String> wrong = problem(robustness);
    if (wrong.isPresent()) {
      // A bad number does not undo the verified sources: they say what the data are worth.
      RobustnessSettings d = RobustnessSettings.DEFAULT;
      RobustnessSettings fallback =
          new RobustnessSettings(
              d.weightBand(),
              d.inputUncertainty(),
              d.runs(),
              d.seed(),
              d.lowPercentile(),
              d.highPercentile(),
              d.overlap(),
              List.copyOf(verified));
      LOG.warn(
          "Ranking robustness settings {} are not valid (check {}); using the defaults {}",
          robustness,
          wrong.get(),
          fallback);
      robustness = fallback;
    }
    Map<SchoolLevel, SchoolLevel> levels;
    try {
      levels = parseMainLevels(c.mainLevels());
    } catch (IllegalArgumentException e) {
      LOG.warn(
          "Ranking setting mainLevels '{}' is not valid ({}); using '{}'",
          c.mainLevels(),
          e.getMessage(),
          DEFAULT_MAIN_LEVELS);
      levels = DEFAULT.mainLevels();
    }
    return new Settings(robustness, levels);
  }

  /**
   * The provenance sources whose values are not simulated as uncertain: those of {@link
   * #robustness()}.
   */
  List<String> verifiedSources() {
    return robustness.verifiedSources();
  }

  /** The category a school of this level ranks in, or {@code null} for a unit without a level. */
  SchoolLevel mainLevel(SchoolLevel level) {
    return level == null ? null : mainLevels.getOrDefault(level, level.mainLevel());
  }

  /**
   * The setting out of its range (its configuration key), or empty if all can be used. Any list of
   * verified sources can be used, an empty one too (then no data count as verified).
   */
  static Optional<String> problem(RobustnessSettings s) {
    if (!(s.weightBand() >= 0 && s.weightBand() < 1)) {
      return Optional.of("weightBand");
    }
    if (!(s.inputUncertainty() >= 0 && s.inputUncertainty() <= 1)) {
      return Optional.of("inputUncertainty");
    }
    if (s.runs() < 1 || s.runs() > 100_000) {
      return Optional.of("runs");
    }
    if (s.lowPercentile() < 0
        || s.highPercentile() > 100
        || s.lowPercentile() > s.highPercentile()) {
      return Optional.of("lowPercentile, highPercentile");
    }
    if (!(s.overlap() >= 0 && s.overlap() <= 1)) {
      return Optional.of("overlap");
    }
    return Optional.empty();
  }

  /**
   * Reads {@code LEVEL=CATEGORY} pairs separated by commas; an empty text keeps every level's usual
   * main level.
   *
   * @throws IllegalArgumentException naming the pair that is not a pair of school levels
   */
  static Map<SchoolLevel, SchoolLevel> parseMainLevels(String text) {
    Map<SchoolLevel, SchoolLevel> levels = new EnumMap<>(SchoolLevel.class);
    if (text == null || text.isBlank()) {
      return levels;
    }
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] sides = pair.split("=", -1);
      if (sides.length != 2) {
        throw new IllegalArgumentException("'" + pair.strip() + "' is not LEVEL=CATEGORY");
      }
      try {
        levels.put(level(sides[0]), level(sides[1]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + pair.strip() + "' names an unknown school level", e);
      }
    }
    return levels;
  }

  private static SchoolLevel level(String name) {
    return SchoolLevel.valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
