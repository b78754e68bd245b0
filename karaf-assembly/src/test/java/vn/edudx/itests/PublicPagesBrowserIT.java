package vn.edudx.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium, driven by Selenium, against the
 * assembled distribution started with its own {@code bin/start} and the demo data: the public
 * pages, and the signed-in flow of a school's self-assessment and the office's review. Screenshots
 * of every page at phone and desktop widths go to {@code target/screenshots}.
 */
class PublicPagesBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** A title with markup, published by leadership: the pages must show it as text. */
  private static final String MARKUP_TITLE =
      "Kết quả <img src=x id=injected> đã sửa <b id=bold>đậm</b> & \"trích\"";

  private static final String PERIOD = "2024-2025";
  private static final String REASON = "Thiếu minh chứng tiêu chí 1";

  private static StartedDistribution edudx;
  private static WebDriver driver;
  private static Path screenshots;
  private static JsonNode publication;
  private static JsonNode ranking;

  @BeforeAll
  static void startEduDxAndChromium() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "The browser tests need Debian's Chromium and its driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): install them with 'apt-get install -y chromium chromium-driver'");
    }
    screenshots = Path.of(System.getProperty("edudx.work")).getParent().resolve("screenshots");
    Files.createDirectories(screenshots);
    edudx =
        StartedDistribution.start("browser", Map.of("EDUDX_DEMO", "true", "EDUDX_PLAN_AREA", "NN"));
    Api anonymous = edudx.api();
    HttpResponse<String> index = page("/");
    assertEquals(200, index.statusCode(), "GET / : is the feature edudx-web in the distribution?");
    assertTrue(
        index.headers().firstValue("Content-Security-Policy").orElse("").contains("'self'"),
        index.headers().toString());
    JsonNode demo =
        Poll.until(
                "the demo publication public",
                StartedDistribution.START,
                () -> anonymous.get("public/publications"),
                a -> a.status() == 200 && a.json().path("count").asInt() >= 1)
            .json()
            .path("items")
            .get(0);
    EduDxTestSupport.awaitDemoUsers(anonymous, StartedDistribution.START);
    Api leader = anonymous.as("leader");
    ObjectNode correction =
        Api.MAPPER
            .createObjectNode()
            .put("period", demo.path("period").asText())
            .put("scopeCode", demo.path("scopeCode").asText())
            .put("title", MARKUP_TITLE)
            .put("supersedes", demo.path("id").asText())
            .put("reason", "Kiểm thử: tiêu đề có <i>thẻ HTML</i>");
    Api.Answer published = leader.send("POST", "publications", correction);
    assertEquals(201, published.status(), published.json().toString());
    for (int year : new int[] {2024, 2025}) {
      Api.Answer plan =
          leader.send(
              "POST",
              "plans/ngan-nam-plan-2023/evaluations/" + year + "/publications",
              Api.MAPPER.createObjectNode());
      assertEquals(201, plan.status(), plan.json().toString());
    }
    publication =
        Poll.until(
            "the correction public",
            WAIT,
            () -> current(anonymous.ok("public/publications")),
            p -> p != null && p.path("title").asText().equals(MARKUP_TITLE));
    ranking = anonymous.ok("public/publications/" + publication.path("id").asText() + "/rankings");
    assertTrue(ranking.path("entries").size() >= 10, ranking.toString());
    driver = chromium();
  }

  private static JsonNode current(JsonNode list) {
    for (JsonNode p : list.path("items")) {
      if (p.path("supersededBy").isNull()) {
        return p;
      }
    }
    return null;
  }

  private static WebDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (edudx != null) {
        edudx.stop();
      }
    }
  }

  /** Every test starts in Vietnamese, the default, at desktop width. */
  @BeforeEach
  void freshBrowser() {
    driver.manage().window().setSize(new Dimension(1280, 900));
    open("#/");
    ((JavascriptExecutor) driver)
        .executeScript("window.localStorage.clear(); window.sessionStorage.clear()");
    drainLogs();
  }

  /** No page asked for anything refused or missing, and nothing failed in the console. */
  @AfterEach
  void noRequestRefusedOrMissingAndNoConsoleError() {
    List<String> bad = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = json(e.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.responseReceived")) {
        JsonNode response = message.path("params").path("response");
        int status = response.path("status").asInt();
        if (status == 401 || status == 403 || status == 404) {
          bad.add(status + " " + response.path("url").asText());
        }
      }
    }
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        bad.add("console: " + e.getMessage());
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theRankingShowsTheDemosPublishedSchoolsWithTheirDownloads() throws IOException {
    open("#/");
    List<String> names = rows(ranking.path("entries").size());
    JsonNode first = ranking.path("entries").get(0);
    assertEquals(first.path("unitName").asText(), names.get(0));
    assertEquals("Kết quả chuyển đổi số đã công bố", text("page-title"));
    assertTrue(text("synthetic-notice").contains("Dữ liệu minh họa"), "the synthetic-data notice");
    for (String kind : List.of("csv", "xlsx", "html")) {
      String href = driver.findElement(By.id("download-" + kind)).getAttribute("href");
      assertEquals(
          edudx.url() + publication.path("links").path(kind).asText(), href, "download " + kind);
      Api.Raw download = edudx.api().raw(href.substring((edudx.url() + "/api/v1/").length()));
      assertEquals(200, download.status(), href);
    }
    screenshots("ranking");
  }

  @Test
  void filteringByLevelAndByWardChangesTheRows() {
    open("#/");
    List<String> all = rows(ranking.path("entries").size());
    new Select(driver.findElement(By.id("level"))).selectByValue("TH");
    JsonNode primary =
        edudx
            .api()
            .ok("public/publications/" + publication.path("id").asText() + "/rankings?level=TH");
    assertNotEquals(all, rows(primary.path("entries").size()));
    for (String level : column("td.level")) {
      assertEquals("Tiểu học", level);
    }
    assertTrue(driver.getCurrentUrl().contains("level=TH"), "the filter is kept in the address");

    Select place = new Select(driver.findElement(By.id("place")));
    place.selectByIndex(1);
    String ward = place.getFirstSelectedOption().getText();
    long expected =
        primary.path("entries").findValuesAsText("placeName").stream().filter(ward::equals).count();
    rows((int) expected);
    for (String cell : column("td.place")) {
      assertEquals(ward, cell);
    }
  }

  @Test
  void sortingByAColumnReordersTheRowsFromTheKeyboardToo() {
    open("#/");
    int n = ranking.path("entries").size();
    List<String> byRank = rows(n);

    click(By.cssSelector("button[data-sort='school']"));
    waitFor(d -> "ascending".equals(sortOf("school")));
    List<String> byName = rows(n);
    assertNotEquals(byRank, byName);

    // The sort buttons are real buttons: Enter on the focused one reverses the order.
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    List<String> reversed = new ArrayList<>(byName);
    java.util.Collections.reverse(reversed);
    waitFor(d -> "descending".equals(sortOf("school")));
    assertEquals(reversed, rows(n));

    click(By.cssSelector("button[data-sort='points']"));
    waitFor(d -> "descending".equals(sortOf("points")));
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    waitFor(d -> "ascending".equals(sortOf("points")));
    List<Double> points = new ArrayList<>();
    for (String cell : column("td.points")) {
      points.add(number(cell));
    }
    List<Double> sorted = new ArrayList<>(points);
    sorted.sort(null);
    assertEquals(sorted, points, "points ascending");
    assertNotEquals(byRank.get(0), rows(n).get(0));
  }

  @Test
  void theEnglishSwitchChangesTheHeadingsAndIsRemembered() throws IOException {
    open("#/");
    rows(ranking.path("entries").size());
    assertEquals(
        "Hạng", js("return document.querySelector(\"button[data-sort='rank']\").firstChild.data"));
    driver.findElement(By.id("lang")).click();
    waitFor(d -> "Published digital-transformation results".equals(text("page-title")));
    waitFor(
        d ->
            "Rank"
                .equals(
                    js(
                        "return document.querySelector(\"button[data-sort='rank']\")?.firstChild.data")));
    rows(ranking.path("entries").size());
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Tiếng Việt", driver.findElement(By.id("lang")).getText());
    assertEquals(
        "Skip to main content", js("return document.getElementById('skip-link').textContent"));
    screenshots("ranking-en");

    open("#/");
    waitFor(d -> "Published digital-transformation results".equals(text("page-title")));
    driver.findElement(By.id("lang")).click();
    waitFor(d -> "Kết quả chuyển đổi số đã công bố".equals(text("page-title")));
  }

  @Test
  void aSchoolsProfileOpensFromTheRankingAndShowsItsScore() throws IOException {
    open("#/");
    JsonNode first = ranking.path("entries").get(0);
    rows(ranking.path("entries").size());
    click(By.cssSelector("#ranking-table tbody tr a.school-link"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("school-total")));
    assertEquals(first.path("unitName").asText(), text("page-title"));
    assertEquals(first.path("points").asDouble(), number(text("school-total")), 0.005);
    assertEquals(first.path("rank").asText(), text("school-rank"));
    assertFalse(driver.findElements(By.cssSelector("table.criteria tbody tr")).isEmpty());
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-chart canvas")));
    assertTrue(
        driver.findElement(By.id("score-chart")).getAttribute("aria-label").contains("/"),
        "the chart has a text alternative");
    screenshots("school");
    driver.findElement(By.id("back-link")).click();
    rows(ranking.path("entries").size());
  }

  @Test
  void aTitleWithMarkupIsShownAsTextAndInjectsNothing() {
    open("#/");
    rows(ranking.path("entries").size());
    assertEquals(MARKUP_TITLE, js("return document.querySelector('main p.lead').innerText"));
    assertEquals(List.of(), driver.findElements(By.id("injected")));
    assertEquals(List.of(), driver.findElements(By.id("bold")));
  }

  @Test
  void thePlanDashboardShowsEachTargetWithItsStatusInWordsAndATrend() throws IOException {
    open("#/plan");
    JsonNode cards = edudx.api().ok("public/plan-evaluations");
    String newest = null;
    int year = 0;
    for (JsonNode c : cards.path("items")) {
      if (c.path("year").asInt() > year) {
        year = c.path("year").asInt();
        newest = c.path("id").asText();
      }
    }
    JsonNode targets =
        edudx.api().ok("public/plan-evaluations/" + newest).path("evaluation").path("targets");
    waitFor(d -> d.findElements(By.cssSelector("#plan-table tbody tr")).size() == targets.size());
    for (WebElement status : driver.findElements(By.cssSelector("#plan-table .status"))) {
      assertFalse(status.getText().isBlank(), "a status is a word, not a colour alone");
    }
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan-chart canvas")));
    String report = driver.findElement(By.id("plan-report")).getAttribute("href");
    assertEquals(
        200, edudx.api().raw(report.substring((edudx.url() + "/api/v1/").length())).status());
    screenshots("plan");
  }

  /**
   * Issue 7's flow: the school fills part of 2024-2025's self-assessment, meets a range error,
   * fixes it, saves and submits; the office's reviewer returns it with a reason; the school sees
   * the reason. NN-TH-02's 2024-2025 assessment is used by no other test of this distribution.
   */
  @Test
  void aSchoolSubmitsTheOfficeReturnsItWithAReasonAndTheSchoolSeesIt() throws IOException {
    open("#/login");
    assertEquals("Đăng nhập", text("page-title"));
    screenshots("login");
    signIn("th02");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("assessment-state")));
    assertEquals("DRAFT", stateOf());
    assertEquals("Đang soạn", text("assessment-state"));
    assertTrue(
        js("return document.querySelector('main p.lead').innerText").toString().contains(PERIOD));
    String xlsx = driver.findElement(By.id("download-xlsx")).getAttribute("href");
    assertTrue(xlsx.contains("template.xlsx?unit=NN-TH-02&period=" + PERIOD), xlsx);
    assertEquals(
        200,
        edudx.api().as("th02").raw(xlsx.substring((edudx.url() + "/api/v1/").length())).status());

    // Part of the form: a yes/no answer, a percentage with its evidence.
    new Select(driver.findElement(By.id("value-4725-1-3-1"))).selectByValue("false");
    WebElement percent = driver.findElement(By.id("value-4725-1-4"));
    WebElement error = driver.findElement(By.id("error-4725-1-4"));
    percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "150");
    waitFor(d -> error.isDisplayed() && error.getText().contains("từ 0 đến 100"));
    assertEquals("error-4725-1-4", percent.getAttribute("aria-describedby"));
    assertEquals("true", percent.getAttribute("aria-invalid"));
    click(By.id("save-draft")); // refused here: nothing is sent while a value is out of range
    assertTrue(error.isDisplayed());
    percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    waitFor(d -> error.isDisplayed() && error.getText().contains("Nhập một số"));
    percent.sendKeys("85");
    waitFor(d -> !error.isDisplayed());
    assertEquals(null, percent.getAttribute("aria-describedby"));
    WebElement evidence = driver.findElement(By.id("evidence-4725-1-4"));
    evidence.sendKeys(Keys.chord(Keys.CONTROL, "a"), "https://minhchung.demo.invalid/NN-TH-02/1.4");

    click(By.id("save-draft"));
    waitFor(d -> "Đã lưu bản nháp.".equals(text("portal-status")));
    assertEquals("85", driver.findElement(By.id("value-4725-1-4")).getAttribute("value"));
    assertEquals(
        "false",
        new Select(driver.findElement(By.id("value-4725-1-3-1")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertEquals("DRAFT", stateOf());

    click(By.id("submit-assessment"));
    waitFor(d -> "SUBMITTED".equals(stateOf()));
    assertEquals("Đã nộp", text("assessment-state"));
    assertFalse(driver.findElement(By.id("value-4725-1-4")).isEnabled(), "read-only once sent");
    screenshots("portal");
    signOut();

    signIn("reviewer");
    By item = By.cssSelector("li.review-item[data-unit='NN-TH-02']");
    waitFor(ExpectedConditions.presenceOfElementLocated(item));
    screenshots("review");
    click(By.id("return-NN-TH-02"));
    WebElement reasonError = driver.findElement(By.id("reason-error-NN-TH-02"));
    waitFor(d -> reasonError.isDisplayed());
    WebElement reason = driver.findElement(By.id("reason-NN-TH-02"));
    assertEquals("reason-error-NN-TH-02", reason.getAttribute("aria-describedby"));
    reason.sendKeys(REASON);
    waitFor(d -> !reasonError.isDisplayed());
    click(By.id("return-NN-TH-02"));
    waitFor(d -> text("review-status").contains("Đã trả lại"));
    assertEquals(List.of(), driver.findElements(item));
    signOut();

    signIn("th02");
    waitFor(d -> "RETURNED".equals(stateOf()));
    assertEquals(REASON, text("return-reason"));
    assertEquals("85", driver.findElement(By.id("value-4725-1-4")).getAttribute("value"));
    assertTrue(driver.findElement(By.id("value-4725-1-4")).isEnabled(), "editable again");
    screenshots("portal-returned");
    signOut();
  }

  /**
   * The sign-in page checks for empty fields itself, then shows the API's own message for wrong
   * credentials in the page's language. The one 401 (and its console line) is expected here.
   */
  @Test
  void aFailedSignInShowsTheApisMessageInEitherLanguage() {
    open("#/login");
    click(By.id("login-submit"));
    waitFor(d -> "Nhập tên đăng nhập và mật khẩu.".equals(text("login-error")));
    failSignIn("Tên đăng nhập hoặc mật khẩu không đúng.");
    driver.findElement(By.id("lang")).click();
    waitFor(d -> "Sign in".equals(text("page-title")));
    failSignIn("Wrong user name or password.");
    assertEquals(null, js("return window.sessionStorage.getItem('edudx.session')"));
    drainLogs();
  }

  private static void failSignIn(String message) {
    waitFor(ExpectedConditions.elementToBeClickable(By.id("login-username")));
    driver.findElement(By.id("login-username")).sendKeys("khong-co-nguoi-nay");
    driver.findElement(By.id("login-password")).sendKeys("sai-mat-khau-123");
    driver.findElement(By.id("login-submit")).click();
    waitFor(d -> message.equals(text("login-error")));
  }

  /** Signs in through the sign-in page, as a person would. */
  private static void signIn(String user) {
    if (!driver.getCurrentUrl().endsWith("#/login")) {
      open("#/login");
    }
    waitFor(ExpectedConditions.elementToBeClickable(By.id("login-username")));
    driver.findElement(By.id("login-username")).sendKeys(user);
    driver.findElement(By.id("login-password")).sendKeys(Api.DEMO_PASSWORDS.get(user));
    driver.findElement(By.id("login-submit")).click();
    waitFor(d -> !d.getCurrentUrl().endsWith("#/login"));
  }

  private static void signOut() {
    click(By.id("logout"));
    waitFor(d -> "Đăng nhập".equals(text("page-title")) && d.getCurrentUrl().endsWith("#/login"));
    assertEquals(
        null, js("return window.sessionStorage.getItem('edudx.session')"), "the token forgotten");
  }

  private static String stateOf() {
    return (String)
        js(
            "const e = document.getElementById('assessment-state');"
                + " return e ? e.getAttribute('data-state') : null");
  }

  // --- helpers ---

  private static HttpResponse<String> page(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(edudx.url() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static void open(String hash) {
    driver.get("about:blank");
    driver.get(edudx.url() + "/" + hash);
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
  }

  private static <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /**
   * Waits until the ranking table has that many rows and answers their school names, read in one
   * script so that a table redrawn meanwhile cannot mix two renderings.
   */
  private static List<String> rows(int count) {
    return waitFor(
        d -> {
          List<String> names = column("th.school");
          return names.size() == count ? names : null;
        });
  }

  /** The text of one cell (a CSS selector within each row) of every row of the ranking table. */
  private static List<String> column(String cell) {
    Object texts =
        js(
            "return [...document.querySelectorAll('#ranking-table tbody tr')]"
                + ".map(r => r.querySelector(arguments[0])).map(c => c ? c.innerText.trim() : '')",
            cell);
    List<String> out = new ArrayList<>();
    for (Object t : (List<?>) texts) {
      out.add((String) t);
    }
    return out;
  }

  /** The aria-sort of a sortable column's header, or null while the table is drawn. */
  private static String sortOf(String key) {
    return (String)
        js(
            "const b = document.querySelector(`button[data-sort='${arguments[0]}']`);"
                + " return b ? b.parentElement.getAttribute('aria-sort') : null",
            key);
  }

  private static String text(String id) {
    return (String)
        js(
            "const e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : null",
            id);
  }

  /** Clicks what the locator finds, again if the table was redrawn in between. */
  private static void click(By locator) {
    waitFor(
        d -> {
          d.findElement(locator).click();
          return true;
        });
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** A number as the Vietnamese pages write it: 1.234,5. */
  private static double number(String text) {
    return Double.parseDouble(text.replace(".", "").replace(",", ".").strip());
  }

  /**
   * The page at phone and desktop widths; at 360 px the page itself must not scroll sideways (wide
   * tables scroll inside their own region).
   */
  private static void screenshots(String page) throws IOException {
    try {
      for (Dimension size : List.of(new Dimension(360, 800), new Dimension(1280, 900))) {
        driver.manage().window().setSize(size);
        waitFor(
            d ->
                ((Number)
                            ((JavascriptExecutor) d)
                                .executeScript("return document.documentElement.clientWidth"))
                        .intValue()
                    <= size.width);
        if (size.width == 360) {
          long overflow =
              (Long)
                  ((JavascriptExecutor) driver)
                      .executeScript(
                          "return document.documentElement.scrollWidth"
                              + " - document.documentElement.clientWidth");
          assertEquals(0, overflow, page + " scrolls sideways at 360 px");
        }
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(page + "-" + size.width + "x" + size.height + ".png"), png);
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  private static void drainLogs() {
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.manage().logs().get(LogType.BROWSER);
  }

  private static JsonNode json(String text) {
    try {
      return Api.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Issue 7's scores page: th01 reads its school's live 2024-2025 score, the same total as the API
   * gives th01, a criterion's explanation, the advice to reach the next level, and its totals over
   * the years as a table and a line. It only reads: NN-TH-01's data are not changed.
   */
  @Test
  void aSchoolReadsItsScoresWithExplanationsAdviceAndHistory() throws IOException {
    signIn("th01");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("assessment-state")));
    assertTrue(
        driver.findElement(By.id("nav-scores")).isDisplayed(), "the top bar links the scores");
    assertTrue(
        driver
            .findElement(By.id("portal-scores-link"))
            .getAttribute("href")
            .endsWith("#/school/scores?period=" + PERIOD));
    JsonNode score = edudx.api().as("th01").ok("scores?period=" + PERIOD + "&unit=NN-TH-01");
    open("#/school/scores?period=" + PERIOD);
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("scores-total")));
    assertEquals("Điểm chuyển đổi số của trường", text("page-title"));
    assertEquals(score.path("total").asDouble(), number(text("scores-total")), 0.005);
    assertEquals("page", driver.findElement(By.id("nav-scores")).getAttribute("aria-current"));

    JsonNode group = score.path("groups").get(0);
    String code = group.path("code").asText();
    assertTrue(
        text("scores-level-" + code).contains(group.path("levelName").path("vi").asText()),
        "the group's level in words");
    String explanation = scoresFirstExplanation(group.path("criteria"));
    assertFalse(explanation.isEmpty(), group.toString());
    assertTrue(scoresExplanations().contains(explanation), explanation);

    String advice =
        (String)
            js(
                "const g = document.querySelector(`#scores-next .next-level[data-group='${arguments[0]}']`);"
                    + " const e = g && g.querySelector('.next-summary, .next-top');"
                    + " return e ? e.innerText.trim() : null",
                code);
    if (group.path("nextLevel").isObject()) {
      assertEquals(group.path("nextLevel").path("summary").path("vi").asText(), advice);
    } else {
      assertEquals("Đã đạt mức cao nhất (Mức 3).", advice);
    }
    assertEquals("Để lên mức tiếp theo", text("scores-next-title"));

    List<WebElement> years =
        waitFor(
            d -> {
              List<WebElement> r =
                  d.findElements(By.cssSelector("#scores-history tbody tr[data-period]"));
              return r.size() >= 2 ? r : null;
            });
    assertTrue(
        years.stream().anyMatch(r -> PERIOD.equals(r.getAttribute("data-period"))), "this year");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scores-chart canvas")));
    screenshots("scores");
    signOut();
  }

  /** The Vietnamese explanation of the first criterion (depth first) that has one, or "". */
  private static String scoresFirstExplanation(JsonNode criteria) {
    for (JsonNode c : criteria) {
      String text = c.path("explanation").path("vi").asText("").strip();
      if (!text.isEmpty()) {
        return text;
      }
      String child = scoresFirstExplanation(c.path("children"));
      if (!child.isEmpty()) {
        return child;
      }
    }
    return "";
  }

  /** The explanation cells of the scores page. */
  private static List<String> scoresExplanations() {
    List<String> out = new ArrayList<>();
    for (Object t :
        (List<?>)
            js(
                "return [...document.querySelectorAll('table.criteria td.explanation')]"
                    + ".map(c => c.innerText.trim())")) {
      out.add((String) t);
    }
    return out;
  }

  // --- the office console's collectors and imports (2017-2018, a year no other test uses) ---

  @Test
  void theOfficeConsoleListsTheCollectorsAndShowsAnUploadsProblemsThenStoresTheCorrectedFile()
      throws IOException {
    signIn("admin");
    click(By.id("nav-console"));
    waitFor(d -> "Bộ thu thập và nhập dữ liệu".equals(text("page-title")));
    waitFor(d -> "RUNNING".equals(consoleState("file/inbox")));
    assertEquals("Đang chạy", consoleCell("file/inbox", "td.state").replace("●", "").strip());
    waitFor(
        d ->
            !d.findElements(By.cssSelector("#console-collectors tr[data-collector^='demo/']"))
                .isEmpty());

    String header = "Mã đơn vị;Năm học;Mã chỉ số;Giá trị\n";
    Path bad = consoleCsv(header + "NN-TH-03;2017-2018;4725.1.4;150\n");
    consoleUpload(bad);
    waitFor(d -> "422".equals(consoleResultStatus()));
    String row =
        waitFor(
            d ->
                d.findElement(By.cssSelector("#console-result-problems tr.problem td.row"))
                    .getText());
    assertEquals("2", row.strip());
    String message =
        driver
            .findElement(By.cssSelector("#console-result-problems tr.problem td.message"))
            .getText();
    assertTrue(
        message.contains("nằm ngoài khoảng cho phép") && message.contains("4725.1.4"),
        "the Vietnamese message: " + message);
    // The list is refreshed: the newest delivery is the rejected file, its problems one click away.
    WebElement rejected =
        waitFor(
            d ->
                d.findElement(
                    By.cssSelector("#console-imports-table tbody tr[data-import]:first-child")));
    assertEquals("REJECTED", rejected.getAttribute("data-status"));
    assertEquals(
        bad.getFileName().toString(), rejected.findElement(By.cssSelector("td.file")).getText());
    click(By.cssSelector("#console-imports-table tbody tr[data-import]:first-child button"));
    waitFor(
        d ->
            d.findElement(
                    By.cssSelector("#console-imports-table tr.problems-row:not([hidden]) td.row"))
                .getText()
                .strip()
                .equals("2"));
    // The 422 answer is logged by Chromium as a failed resource: expected here.
    drainLogs();

    Path good = consoleCsv(header + "NN-TH-03;2017-2018;4725.1.4;85\n");
    consoleUpload(good);
    waitFor(d -> "201".equals(consoleResultStatus()));
    assertTrue(text("console-result").startsWith("Đã lưu"), text("console-result"));
    waitFor(
        d ->
            "ACCEPTED"
                .equals(
                    d.findElement(
                            By.cssSelector(
                                "#console-imports-table tbody tr[data-import]:first-child"))
                        .getAttribute("data-status")));
    screenshots("console");
    Files.deleteIfExists(bad);
    Files.deleteIfExists(good);
  }

  private static String consoleState(String collector) {
    return (String)
        js(
            "const c = document.querySelector(`#console-collectors tr[data-collector='${arguments[0]}'] td.state`);"
                + " return c ? c.getAttribute('data-state') : null",
            collector);
  }

  private static String consoleCell(String collector, String cell) {
    return driver
        .findElement(
            By.cssSelector("#console-collectors tr[data-collector='" + collector + "'] " + cell))
        .getText();
  }

  private static Path consoleCsv(String content) throws IOException {
    Path file = Files.createTempFile("console-2017-2018-", ".csv");
    Files.writeString(file, content, java.nio.charset.StandardCharsets.UTF_8);
    return file;
  }

  private static void consoleUpload(Path file) {
    WebElement input = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("console-file")));
    input.sendKeys(file.toAbsolutePath().toString());
    click(By.id("console-upload"));
  }

  private static String consoleResultStatus() {
    return (String)
        js(
            "const r = document.getElementById('console-result');"
                + " return r ? r.getAttribute('data-status') : null");
  }
}
