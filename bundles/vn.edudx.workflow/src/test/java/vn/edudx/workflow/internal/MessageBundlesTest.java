package vn.edudx.workflow.internal;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.edudx.api.security.Role;
import vn.edudx.api.workflow.AssessmentState;

/**
 * The workflow's Vietnamese and English messages: the same keys in both, patterns that {@link
 * MessageFormat} reads, apostrophes written {@code ''}, and a text and a hint for every problem the
 * code raises.
 */
class MessageBundlesTest {

  private static final Path DIR = Path.of("src/main/resources/vn/edudx/workflow/internal");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern RAISED =
      Pattern.compile("(?:invalid|problem)\\(\\s*\"([a-z][a-z.-]+)\"");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndReadablePatterns() throws IOException {
    Properties vi = load("messages_vi.properties");
    Properties en = load("messages_en.properties");

    assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
    for (Properties p : List.of(vi, en)) {
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as("%s: %s", key, pattern).isFalse();
        assertThat(pattern).as(key).doesNotContain("{}").isNotBlank();
        new MessageFormat(pattern, Locale.ROOT); // throws on a malformed pattern
      }
    }
  }

  @Test
  void everyProblemTheCodeRaisesHasATextAndAHint() throws IOException {
    Set<String> raised = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(s -> s.toString().endsWith(".java")).toList()) {
        Matcher m = RAISED.matcher(Files.readString(source));
        while (m.find()) {
          raised.add(m.group(1));
        }
      }
    }
    assertThat(raised).contains("state.wrong", "edit.note.required", "unit.unknown");
    for (String code : raised) {
      assertThat(Texts.MESSAGES.has(code)).as(code).isTrue();
      assertThat(Texts.MESSAGES.has(code + ".hint")).as(code + ".hint").isTrue();
    }
  }

  @Test
  void everyLabelExists() {
    for (AssessmentState s : AssessmentState.values()) {
      assertThat(Texts.MESSAGES.has("state." + s.name())).as(s.name()).isTrue();
    }
    for (Role r : Role.values()) {
      assertThat(Texts.MESSAGES.has("role." + r.name())).as(r.name()).isTrue();
    }
    for (Texts.Verb v : Texts.Verb.values()) {
      assertThat(v.label().vi()).as(v.name()).doesNotStartWith("action.");
    }
  }
}
