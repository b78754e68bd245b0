package vn.edudx.publish.internal;

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

  private static final Path DIR = Path.of("src/main/resources/vn/edudx/publish/internal");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern KEY_IN_CODE =
      Pattern.compile(
          "\"((?:publish|publication|method|label|col|meta|sheet|html)\\.[a-z0-9.-]+)\"");

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
  void everyProblemHasAHintAndEveryKeyTheCodeNamesExists() throws IOException {
    Properties vi = load(DIR.resolve("messages_vi.properties"));
    vi.stringPropertyNames().stream()
        .filter(k -> k.startsWith("publish.") && !k.endsWith(".hint"))
        .forEach(k -> assertThat(vi).containsKey(k + ".hint"));

    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
        while (m.find()) {
          assertThat(Texts.MESSAGES.has(m.group(1))).as("%s in %s", m.group(1), file).isTrue();
        }
      }
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
