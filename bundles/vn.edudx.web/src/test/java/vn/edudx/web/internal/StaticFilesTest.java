package vn.edudx.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StaticFilesTest {

  private final StaticFiles files =
      new StaticFiles(StaticFilesTest.class.getClassLoader()::getResource);

  @Test
  void theRootIsTheIndexPageRevalidatedEveryTime() {
    StaticFiles.Found index = files.find("/").orElseThrow();
    assertThat(index.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(index.cacheControl()).isEqualTo("no-cache");
    assertThat(index.etag()).matches("\"[0-9a-f]{32}\"");
    assertThat(new String(index.body(), StandardCharsets.UTF_8)).contains("/js/app.js");
  }

  @Test
  void modulesStylesAndTextsHaveTheirContentTypes() {
    assertThat(files.find("/js/app.js").orElseThrow().contentType())
        .isEqualTo("text/javascript; charset=utf-8");
    assertThat(files.find("/css/app.css").orElseThrow().contentType())
        .isEqualTo("text/css; charset=utf-8");
    assertThat(files.find("/i18n/vi.json").orElseThrow().contentType())
        .isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void theEchartsFileComesFromItsWebJarAndIsImmutable() {
    StaticFiles.Found echarts =
        files.find("/webjars/echarts/5.3.1/dist/echarts.min.js").orElseThrow();
    assertThat(echarts.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
    assertThat(echarts.body().length).isGreaterThan(500_000);
  }

  @Test
  void nothingOutsideTheWebFilesIsServed() {
    for (String path :
        List.of(
            "/../web/index.html",
            "/js/../../META-INF/MANIFEST.MF",
            "/vn/edudx/web/internal/WebServlet.class",
            "/META-INF/MANIFEST.MF",
            "/js",
            "/.hidden.js",
            "/js/%2e%2e/app.js",
            "/missing.html",
            "//etc/passwd")) {
      assertThat(files.find(path)).as(path).isEmpty();
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
    ObjectMapper json = new ObjectMapper();
    @SuppressWarnings("unchecked")
    Map<String, String> vi =
        json.readValue(files.find("/i18n/vi.json").orElseThrow().body(), Map.class);
    @SuppressWarnings("unchecked")
    Map<String, String> en =
        json.readValue(files.find("/i18n/en.json").orElseThrow().body(), Map.class);
    assertThat(en.keySet()).isEqualTo(vi.keySet());
    assertThat(vi.values()).allMatch(v -> !v.isBlank());
    assertThat(en.values()).allMatch(v -> !v.isBlank());
  }

  /** Every t('…') key a module asks for exists, so that no page shows a bare key. */
  @Test
  void everyKeyTheModulesUseIsDefined() throws IOException {
    ObjectMapper json = new ObjectMapper();
    @SuppressWarnings("unchecked")
    Map<String, String> vi =
        json.readValue(files.find("/i18n/vi.json").orElseThrow().body(), Map.class);
    Pattern key = Pattern.compile("\\bt\\('([a-z0-9_.A-Z]+)'");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> js = Files.list(Path.of("src/main/resources/web/js"))) {
      for (Path p : (Iterable<Path>) js::iterator) {
        Matcher m = key.matcher(Files.readString(p));
        while (m.find()) {
          if (!vi.containsKey(m.group(1))) {
            missing.add(p.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** The pages never parse API data as HTML (names may contain markup). */
  @Test
  void noModuleUsesHtmlParsingSinks() throws IOException {
    try (Stream<Path> js = Files.list(Path.of("src/main/resources/web/js"))) {
      for (Path p : (Iterable<Path>) js::iterator) {
        String code = Files.readString(p);
        assertThat(code)
            .as(p.toString())
            .doesNotContain(
                "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
      }
    }
  }

  @Test
  void theIndexPageHasNoInlineScriptOrStyle() {
    String index =
        new String(files.find("/index.html").orElseThrow().body(), StandardCharsets.UTF_8);
    assertThat(index).doesNotContain("<style", " style=", "onclick", "onload");
    assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(index).find()).isFalse();
  }
}
