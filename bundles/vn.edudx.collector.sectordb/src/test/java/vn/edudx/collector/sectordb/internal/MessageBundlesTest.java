package vn.edudx.collector.sectordb.internal;

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
 * The bundle's Vietnamese and English texts: the same keys in the same order, patterns {@link
 * MessageFormat} reads, apostrophes written {@code ''}, a hint for every problem in a page, and
 * every key the code names present.
 */
class MessageBundlesTest {

  private static final Path DIR =
      Path.of("src/main/resources/vn/edudx/collector/sectordb/internal");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:item|source)\\.[a-z0-9.-]+)\"");

  @Test
  void bothLanguagesHaveTheSameKeysInTheSameOrderAndReadablePatterns() throws IOException {
    Properties vi = load("messages_vi.properties");
    Properties en = load("messages_en.properties");

    assertThat(keys("messages_en.properties"))
        .containsExactlyElementsOf(keys("messages_vi.properties"));
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
  void everyProblemTheCodeNamesExistsWithAHint() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
        while (m.find()) {
          assertThat(SectorDbMessages.MESSAGES.has(m.group(1)))
              .as("%s in %s", m.group(1), file)
              .isTrue();
          if (m.group(1).startsWith("item.")) { // a problem in a page: it needs a hint
            assertThat(SectorDbMessages.MESSAGES.has(m.group(1) + ".hint")).as(m.group(1)).isTrue();
          }
        }
      }
    }
  }

  private static List<String> keys(String file) throws IOException {
    return Files.readAllLines(DIR.resolve(file)).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.substring(0, l.indexOf('=')))
        .toList();
  }

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
