package vn.edudx.api;

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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle's Vietnamese and English messages: the same keys in both, patterns that {@link
 * MessageFormat} reads, and apostrophes written {@code ''} (a single one silently hides text).
 */
class MessageBundlesTest {

  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  /** The Vietnamese files of every bundle in this repository (the tests run in this module). */
  static Stream<Path> vietnamese() throws IOException {
    Path bundles = Path.of("..").toAbsolutePath().normalize();
    List<Path> found;
    try (Stream<Path> s = Files.walk(bundles)) {
      found =
          s.filter(p -> p.toString().contains("/src/main/resources/"))
              .filter(p -> p.getFileName().toString().equals("messages_vi.properties"))
              .toList();
    }
    assertThat(found).as("message bundles found under %s", bundles).hasSizeGreaterThan(3);
    return found.stream();
  }

  @ParameterizedTest
  @MethodSource("vietnamese")
  void bothLanguagesHaveTheSameKeysAndReadablePatterns(Path vi) throws IOException {
    Properties v = load(vi);
    Properties e = load(vi.resolveSibling("messages_en.properties"));

    assertThat(e.stringPropertyNames()).isEqualTo(v.stringPropertyNames());
    for (Properties p : List.of(v, e)) {
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as("%s: %s", key, pattern).isFalse();
        new MessageFormat(pattern, Locale.ROOT); // throws on a malformed pattern
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
