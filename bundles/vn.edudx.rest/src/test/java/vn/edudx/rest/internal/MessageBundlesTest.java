package vn.edudx.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The REST layer's Vietnamese and English messages: the same keys in the same order, patterns that
 * {@link MessageFormat} reads, and apostrophes written {@code ''}.
 */
class MessageBundlesTest {

  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static List<String> keys(String language) throws IOException {
    List<String> keys = new ArrayList<>();
    try (InputStream in = stream(language);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int eq = line.indexOf('=');
        if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
          keys.add(line.substring(0, eq).strip());
        }
      }
    }
    return keys;
  }

  private static InputStream stream(String language) {
    InputStream in =
        MessageBundlesTest.class.getResourceAsStream("messages_" + language + ".properties");
    assertThat(in).isNotNull();
    return in;
  }

  @Test
  void bothLanguagesHaveTheSameKeysInTheSameOrderAndReadablePatterns() throws IOException {
    assertThat(keys("en")).isEqualTo(keys("vi"));
    for (String language : List.of("vi", "en")) {
      Properties p = new Properties();
      try (InputStream in = stream(language)) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as("%s: %s", key, pattern).isFalse();
        new MessageFormat(pattern, Locale.ROOT);
      }
    }
  }
}
