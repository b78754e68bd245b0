package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * This bundle's Vietnamese and English messages: the same keys in both, patterns that {@link
 * MessageFormat} reads, apostrophes written {@code ''}, and a hint for every problem.
 */
class MessageBundlesTest {

  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static Properties load(String language) throws IOException {
    Properties p = new Properties();
    String name = "messages_" + language + ".properties";
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysReadablePatternsAndAHintForEveryProblem() throws IOException {
    Properties vi = load("vi");
    Properties en = load("en");

    assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
    for (Properties p : List.of(vi, en)) {
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as("%s: %s", key, pattern).isFalse();
        new MessageFormat(pattern, Locale.ROOT); // throws on a malformed pattern
        if (!key.endsWith(".hint")) {
          assertThat(p).as("hint of %s", key).containsKey(key + ".hint");
        }
      }
    }
    assertThat(vi.getProperty("user.unknown")).isNotEqualTo(en.getProperty("user.unknown"));
  }

  @Test
  void theMessagesAreReadThroughTheApisLoaderInBothLanguages() {
    assertThat(Texts.MESSAGES.has("password.too-short")).isTrue();
    assertThat(Texts.MESSAGES.text("user.exists.hint", "x").en()).contains("user's password");
  }
}
