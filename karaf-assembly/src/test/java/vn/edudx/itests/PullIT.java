package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;

/**
 * The sector-database pull in the assembled distribution, against an export this test serves from a
 * servlet inside Karaf: the source fails first (503) and the collector says it is down with its
 * next try; then the source recovers and both pages are stored; a later pull stores nothing twice.
 * Uses 2018-2019, a school year no other test and no demo data use.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PullIT extends EduDxTestSupport {

  private static final String PERIOD = "2018-2019";
  private static final String PATH = "/edudx-it/sectordb";
  private static final String INSTANCE = "it-pull";
  private static final Duration PULLED = Duration.ofSeconds(90);
  private static final List<String> UNITS = List.of("NN-TH-07", "NN-THCS-05");

  @Inject private BundleContext context;

  @Inject
  @Filter(timeout = 180_000)
  private ConfigurationAdmin configurations;

  @Inject
  @Filter(timeout = 180_000)
  private ObservationStore observations;

  private final Export export = new Export();
  private ServiceRegistration<Servlet> servlet;
  private Configuration configuration;
  private Api api;

  @Before
  public void demoLoaded() {
    api = admin(); // here, not in a field: the class is also instantiated outside Karaf
    awaitDemoData();
  }

  @After
  public void removeSource() throws IOException {
    if (configuration != null) {
      configuration.delete();
    }
    if (servlet != null) {
      servlet.unregister();
    }
  }

  @Test
  public void aSourceFailingIsReportedDownThenItsPagesAreStoredOnceWhenItRecovers()
      throws Exception {
    Dictionary<String, Object> whiteboard = new Hashtable<>();
    whiteboard.put("osgi.http.whiteboard.servlet.pattern", PATH);
    whiteboard.put("osgi.http.whiteboard.servlet.name", "edudx-it-sectordb");
    servlet = context.registerService(Servlet.class, export, whiteboard);

    configuration = configurations.createFactoryConfiguration("vn.edudx.collector.sectordb", "?");
    Dictionary<String, Object> settings = new Hashtable<>();
    settings.put("name", INSTANCE);
    settings.put("url", "http://127.0.0.1:" + Integer.getInteger("edudx.it.port") + PATH);
    settings.put("pageSize", "1");
    settings.put("intervalSeconds", "1");
    settings.put("backoffBaseSeconds", "1");
    settings.put("backoffMaxSeconds", "2");
    configuration.update(settings);

    JsonNode down =
        Poll.until(
            "the collector down while the source answers 503",
            PULLED,
            this::status,
            c -> c != null && "DOWN".equals(c.path("state").asText()));
    assertTrue(down.toString(), down.path("lastError").path("en").asText().contains("HTTP 503"));
    assertTrue(down.toString(), down.path("lastError").path("vi").asText().contains("HTTP 503"));
    assertTrue(down.toString(), down.hasNonNull("nextTry"));
    assertTrue(down.toString(), down.hasNonNull("lastErrorAt"));
    assertEquals(down.toString(), 0, down.path("accepted").asInt());

    export.failing.set(false);
    JsonNode up =
        Poll.until(
            "both pages stored and the collector running",
            PULLED,
            this::status,
            c ->
                c != null
                    && "RUNNING".equals(c.path("state").asText())
                    && c.path("accepted").asInt() == 2);
    assertFalse(up.toString(), up.hasNonNull("nextTry"));
    List<Observation> stored =
        Poll.until(
            "the values of both units stored",
            PULLED,
            () -> observations.current(PERIOD, UNITS),
            o -> o.size() == 2 * 7);
    assertEquals("600", value(stored, "NN-TH-07", "plan.learners"));
    assertEquals("true", value(stored, "NN-THCS-05", "4725.2.3.3"));
    assertEquals("false", value(stored, "NN-THCS-05", "plan.db-sync"));

    // Later pulls ask from the saved cursor and get nothing new: nothing is delivered again.
    int after = export.asked("p2");
    Poll.until("two more pulls", PULLED, () -> export.asked("p2"), n -> n >= after + 2);
    JsonNode later = status();
    assertEquals(later.toString(), 2, later.path("accepted").asInt());
    assertEquals(later.toString(), 0, later.path("duplicate").asInt());
    assertEquals(later.toString(), 0, later.path("rejected").asInt());
    for (String unit : UNITS) {
      assertEquals(1, observations.history(unit, PERIOD, "plan.teachers").size());
    }
    assertEquals(2 * 7, observations.current(PERIOD, UNITS).size());
    assertEquals("a 503, then each page once", 1, export.asked(""));
  }

  private static String value(List<Observation> stored, String unit, String indicator) {
    return stored.stream()
        .filter(o -> o.unitCode().equals(unit) && o.indicatorCode().equals(indicator))
        .map(Observation::value)
        .findFirst()
        .orElse(null);
  }

  /** The status of this test's instance, or {@code null} before it appears. */
  private JsonNode status() {
    for (JsonNode c : api.ok("collectors").path("items")) {
      if ("sectordb".equals(c.path("id").asText())
          && INSTANCE.equals(c.path("instance").asText())) {
        return c;
      }
    }
    return null;
  }

  /** The export: 503 while failing, then two pages of one unit each, and nothing after them. */
  static final class Export extends HttpServlet {
    private static final long serialVersionUID = 1L;

    final AtomicBoolean failing = new AtomicBoolean(true);
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    int asked(String since) {
      AtomicInteger n = asked.get(since);
      return n == null ? 0 : n.get();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (failing.get()) {
        response.sendError(503, "maintenance");
        return;
      }
      String since = request.getParameter("since") == null ? "" : request.getParameter("since");
      asked.computeIfAbsent(since, s -> new AtomicInteger()).incrementAndGet();
      String page =
          switch (since) {
            case "" -> page("p1", true, item("NN-TH-07", 600, 30));
            case "p1" -> page("p2", false, item("NN-THCS-05", 450, 25));
            default -> page("p2", false);
          };
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static String item(String unit, int students, int teachers) {
      return "{\"unitCode\":\""
          + unit
          + "\",\"period\":\""
          + PERIOD
          + "\",\"updatedAt\":\"2019-05-31T08:00:00Z\",\"students\":{\"total\":"
          + students
          + ",\"digitalRecord\":"
          + (students - 10)
          + "},\"staff\":{\"teachers\":"
          + teachers
          + ",\"digitalRecord\":"
          + teachers
          + "},\"records\":{\"eTranscript\":true,\"syncsWithSectorDb\":false}}";
    }

    private static String page(String next, boolean more, String... items) {
      return "{\"items\":["
          + String.join(",", items)
          + "],\"nextCursor\":\""
          + next
          + "\",\"hasMore\":"
          + more
          + "}";
    }
  }
}
