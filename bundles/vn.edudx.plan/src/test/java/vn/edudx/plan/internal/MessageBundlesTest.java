package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundle's Vietnamese and English texts: the same keys in both, patterns {@link MessageFormat}
 * reads, apostrophes written {@code ''}, and every key the code names present.
 */
class MessageBundlesTest {

  private static final Path DIR = Path.of("src/main/resources/vn/edudx/plan/internal");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern KEY_IN_CODE = Pattern.compile("\"(plan\\.[a-z0-9.-]+)\"");

  @Test
  void bothLanguagesHaveTheSameKeysAndReadablePatterns() throws IOException {
    Properties vi = load(DIR.resolve("messages_vi.properties"));
    Properties en = load(DIR.resolve("messages_en.properties"));

    assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
    for (Properties p : List.of(vi, en)) {
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as("%s: %s", key, pattern).isFalse();
        assertThat(pattern).as(key).doesNotContain("{}");
        new MessageFormat(pattern, Locale.ROOT); // throws on a malformed pattern
      }
    }
  }

  @Test
  void vietnameseComesFirstInEveryFile() throws IOException {
    List<String> vi = Files.readAllLines(DIR.resolve("messages_vi.properties"));
    List<String> en = Files.readAllLines(DIR.resolve("messages_en.properties"));
    // The same keys in the same order, so that the two files read side by side.
    assertThat(keys(en)).containsExactlyElementsOf(keys(vi));
  }

  @Test
  void everyProblemHasAHintAndEveryKeyTheCodeNamesExists() throws IOException {
    Properties vi = load(DIR.resolve("messages_vi.properties"));
    vi.stringPropertyNames().stream()
        .filter(k -> k.startsWith("plan.definition.") && !k.endsWith(".hint"))
        .forEach(k -> assertThat(vi).containsKey(k + ".hint"));

    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(file);
        Matcher m = KEY_IN_CODE.matcher(code);
        while (m.find()) {
          if (!m.group(1).endsWith(".")) {
            assertThat(Texts.MESSAGES.has(m.group(1))).as("%s in %s", m.group(1), file).isTrue();
          }
        }
      }
    }
    // Keys the code builds from a prefix and a status or a reason.
    for (String reason :
        List.of("no-covered-unit", "no-value", "zero-denominator", "several-units")) {
      assertThat(Texts.MESSAGES.has("plan.nodata." + reason)).as(reason).isTrue();
    }
    for (String rule :
        List.of("met", "on-track", "at-risk", "off-track", "due-at-risk", "due-off-track")) {
      assertThat(Texts.MESSAGES.has("plan.status." + rule)).as(rule).isTrue();
    }
    for (String rule : List.of("no-data", "met", "on-track", "at-risk", "off-track")) {
      assertThat(Texts.MESSAGES.has("plan.projection." + rule)).as(rule).isTrue();
    }
  }

  @Test
  void everyKeyTheValidatorUsesExists() throws IOException {
    Matcher m =
        Pattern.compile("\"(plan\\.definition\\.[a-z.-]+)\"")
            .matcher(
                Files.readString(
                    Path.of("src/main/java/vn/edudx/plan/internal/PlanValidator.java")));
    while (m.find()) {
      assertThat(Texts.MESSAGES.has(m.group(1))).as(m.group(1)).isTrue();
      assertThat(Texts.MESSAGES.has(m.group(1) + ".hint")).as(m.group(1) + ".hint").isTrue();
    }
  }

  private static List<String> keys(List<String> lines) {
    return lines.stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.substring(0, l.indexOf('=')))
        .toList();
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
