package vn.edudx.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.unit.SchoolLevel;

class SettingsTest {

  /** A configuration with the defaults but for the values given. */
  static RankingConfig config(Map<String, Object> values) {
    return new RankingConfig() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return RankingConfig.class;
      }

      private <T> T get(String key, T otherwise) {
        @SuppressWarnings("unchecked")
        T v = (T) values.getOrDefault(key, otherwise);
        return v;
      }

      @Override
      public double weightBand() {
        return get("weightBand", 0.2);
      }

      @Override
      public double inputUncertainty() {
        return get("inputUncertainty", 0.1);
      }

      @Override
      public int runs() {
        return get("runs", 1000);
      }

      @Override
      public long seed() {
        return get("seed", 20250620L);
      }

      @Override
      public int lowPercentile() {
        return get("lowPercentile", 5);
      }

      @Override
      public int highPercentile() {
        return get("highPercentile", 95);
      }

      @Override
      public double overlap() {
        return get("overlap", 0.5);
      }

      @Override
      public String[] verifiedSources() {
        return get("verifiedSources", new String[] {"external-evaluation"});
      }

      @Override
      public String mainLevels() {
        return get("mainLevels", Settings.DEFAULT_MAIN_LEVELS);
      }
    };
  }

  @Test
  void theDefaultsAreThoseOfTheApi() {
    Settings s = Settings.from(config(Map.of()));

    assertThat(s).isEqualTo(Settings.DEFAULT);
    assertThat(s.robustness()).isEqualTo(RobustnessSettings.DEFAULT);
    assertThat(s.verifiedSources()).containsExactly("external-evaluation");
    // The default mapping is SchoolLevel.mainLevel() written out.
    for (SchoolLevel l : SchoolLevel.values()) {
      assertThat(s.mainLevel(l)).isEqualTo(l.mainLevel());
    }
    assertThat(new StandardRanking(null, null, null, null, config(Map.of())).robustness())
        .isEqualTo(RobustnessSettings.DEFAULT);
  }

  @Test
  void configuredValuesAreUsed() {
    Settings s =
        Settings.from(
            config(
                Map.of(
                    "weightBand",
                    0.3,
                    "runs",
                    50,
                    "seed",
                    7L,
                    "verifiedSources",
                    new String[] {"external-evaluation, office-check", "audit"},
                    "mainLevels",
                    " th_thcs = TH ")));

    assertThat(s.robustness())
        .isEqualTo(
            new RobustnessSettings(
                0.3,
                0.1,
                50,
                7L,
                5,
                95,
                0.5,
                java.util.List.of("external-evaluation", "office-check", "audit")));
    // The sources are those of the robustness settings: one truth, named by every ranking.
    assertThat(s.verifiedSources()).containsExactly("external-evaluation", "office-check", "audit");
    assertThat(s.mainLevel(SchoolLevel.TH_THCS)).isEqualTo(SchoolLevel.TH);
    // Levels not named keep their usual category.
    assertThat(s.mainLevel(SchoolLevel.TH_THCS_THPT)).isEqualTo(SchoolLevel.THPT);
    assertThat(Settings.from(config(Map.of("mainLevels", ""))).mainLevels()).isEmpty();
  }

  @Test
  void badValuesFallBackToTheirDefaults() {
    for (Map<String, Object> bad :
        java.util.List.<Map<String, Object>>of(
            Map.of("weightBand", 1.0),
            Map.of("weightBand", -0.1),
            Map.of("weightBand", Double.NaN),
            Map.of("inputUncertainty", 1.5),
            Map.of("runs", 0),
            Map.of("runs", 100_001),
            Map.of("lowPercentile", 96),
            Map.of("highPercentile", 101),
            Map.of("lowPercentile", -1),
            Map.of("overlap", 2.0))) {
      assertThat(Settings.from(config(bad)).robustness())
          .as("%s", bad)
          .isEqualTo(RobustnessSettings.DEFAULT);
    }
    // A bad number does not undo the configured verified sources.
    assertThat(
            Settings.from(
                    config(Map.of("runs", 0, "verifiedSources", new String[] {"office-check"})))
                .robustness())
        .isEqualTo(
            new RobustnessSettings(
                0.2, 0.1, 1000, 20250620L, 5, 95, 0.5, java.util.List.of("office-check")));
    // Edges that are allowed; any list of verified sources, none too.
    assertThat(
            Settings.problem(
                new RobustnessSettings(0.2, 0.1, 10, 0, 5, 95, 0.5, java.util.List.of())))
        .isEmpty();
    assertThat(
            Settings.problem(
                new RobustnessSettings(
                    0, 0, 1, 0, 0, 0, 0, java.util.List.of("external-evaluation"))))
        .isEmpty();
    assertThat(
            Settings.problem(
                new RobustnessSettings(
                    0.99, 1, 100_000, 0, 100, 100, 1, java.util.List.of("external-evaluation"))))
        .isEmpty();
    assertThat(Settings.from(config(Map.of("mainLevels", "TH_THCS=XYZ"))).mainLevels())
        .isEqualTo(Settings.DEFAULT.mainLevels());
    assertThat(Settings.from(config(Map.of("mainLevels", "TH_THCS"))).mainLevels())
        .isEqualTo(Settings.DEFAULT.mainLevels());
    assertThatThrownBy(() -> Settings.parseMainLevels("TH_THCS=THCS=THPT"))
        .hasMessageContaining("TH_THCS=THCS=THPT");
  }

  @Test
  void bothLanguagesHaveTheSameMessages() throws IOException {
    Properties vi = load("messages_vi.properties");
    Properties en = load("messages_en.properties");

    assertThat(vi.keySet()).isEqualTo(en.keySet());
    // MessageFormat: a lone apostrophe would swallow text, and {} is no argument.
    assertThat(vi.values()).noneMatch(v -> v.toString().matches(".*(?<!')'(?!').*"));
    assertThat(en.values()).noneMatch(v -> v.toString().matches(".*(?<!')'(?!').*"));
    assertThat(vi.values()).noneMatch(v -> v.toString().contains("{}"));
    assertThat(en.values()).noneMatch(v -> v.toString().contains("{}"));
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = StandardRanking.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
