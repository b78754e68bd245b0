package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

/**
 * The life of an indicator-set version in the running distribution: the office downloads the
 * shipped MOET 4725 definition, changes how one criterion gives points, uploads it, dry-runs it on
 * a school year, activates it, and reads the new scores with the new version recorded. Uses
 * 2023-2024 so that the other tests' 2024-2025 figures stay as shipped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class IndicatorSetLifecycleIT extends EduDxTestSupport {

  private static final String PERIOD = "2023-2024";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Inject
  @Filter(timeout = 180_000)
  private SessionFactory shell;

  private Api api;

  @Before
  public void demoLoaded() {
    api = admin();
    awaitDemoData();
  }

  @Test
  public void theShippedSetsTheirRulesAndTheirWorkbookCanBeRead() {
    JsonNode sets = api.ok("indicator-sets");
    StringBuilder ids = new StringBuilder();
    sets.path("items").forEach(s -> ids.append(s.path("id").asText()).append(' '));
    assertTrue(ids.toString(), ids.toString().contains("moet-4725-2022"));
    assertTrue(ids.toString(), ids.toString().contains("moet-3806-2024"));
    assertTrue(ids.toString(), ids.toString().contains("ngan-nam-plan-2023"));
    JsonNode authority = api.ok("indicator-sets/moet-3806-2024");
    assertEquals(75, authority.path("levels").path("level3Above").asInt());
    assertEquals(
        "UNKNOWN",
        authority.path("groups").get(0).path("criteria").get(0).path("confidence").asText());

    String drl =
        new String(
            api.bytes("indicator-sets/moet-4725-2022/versions/1/drl"), StandardCharsets.UTF_8);
    assertTrue(drl.contains("rule \"moet-4725-2022@1 1.1 passed\""));
    byte[] workbook = api.bytes("indicator-sets/moet-4725-2022/versions/1/workbook");
    assertEquals('P', workbook[0]);
    assertEquals('K', workbook[1]);
    // The MOET rule bundle's hand-written data-quality rules are loaded beside the sets.
    assertTrue(api.ok("health").toString().contains("\"handWrittenRuleFiles\":1"));
    JsonNode versions = api.ok("indicator-sets/moet-4725-2022/versions");
    assertEquals("ACTIVE", versions.path("items").get(0).path("status").asText());
  }

  @Test
  public void anOfficeIsScoredWithDecision3806FromItsOwnInputsAndItsSchools() {
    JsonNode office = api.ok("scores?period=2024-2025&unit=NN-PGD");
    assertEquals("moet-3806-2024", office.path("indicatorSet").path("id").asText());
    int level = office.path("level").asInt();
    assertTrue(office.toString(), level >= 1 && level <= 3);
    JsonNode g2 = office.path("groups").get(1);
    JsonNode mean = g2.path("criteria").get(0);
    assertEquals("2.1", mean.path("code").asText());
    assertTrue(mean.toString(), mean.path("inputs").size() >= 15);
    mean.path("inputs")
        .forEach(i -> assertTrue(i.toString(), i.path("unit").asText().startsWith("NN-")));
    assertTrue(mean.path("explanation").path("vi").asText().contains("Trung bình"));
  }

  @Test
  public void aMalformedDefinitionGetsEveryErrorBackAtOnceEachLocated() throws Exception {
    ObjectNode broken = (ObjectNode) definition();
    broken.put("version", 90);
    ArrayNode g1 = (ArrayNode) broken.path("groups").get(0).path("criteria");
    ((ObjectNode) g1.get(0)).put("type", "MAGIC");
    ((ObjectNode) g1.get(3)).put("maxPoints", 15); // 1.4: 10 -> 15, the group exceeds 100
    ((ObjectNode) g1.get(1)).put("input", "4725.no-such-indicator");

    Api.Answer a =
        api.post(
            "indicator-sets?file=broken.json",
            "application/json",
            MAPPER.writeValueAsBytes(broken));

    assertEquals(a.json().toString(), 400, a.status());
    JsonNode problems = a.json().path("problems");
    assertTrue(problems.toString(), problems.size() >= 3);
    String all = problems.toString();
    assertTrue(all, all.contains("MAGIC"));
    assertTrue(all, all.contains("4725.no-such-indicator"));
    assertTrue(all, all.contains("groups.G1.maxPoints"));
    problems.forEach(
        p -> {
          assertTrue(p.toString(), p.path("message").path("vi").asText().contains("broken.json"));
          assertTrue(p.toString(), !p.path("hint").path("en").asText().isEmpty());
        });
  }

  @Test
  public void aChangedSetIsUploadedDryRunActivatedAndTheNewScoresRecordTheNewVersion()
      throws Exception {
    // Version 2: criterion 1.7.1 gives points by bands (4 from 50 %, 8 from 80 %) instead of
    // proportionally.
    ObjectNode v2 = (ObjectNode) definition();
    v2.put("version", 2);
    ObjectNode c171 = criterion(v2, "1.7.1");
    c171.put("type", "BANDS");
    ArrayNode bands = c171.putArray("bands");
    bands.addObject().put("from", 50).put("points", 4);
    bands.addObject().put("from", 80).put("points", 8);

    Api.Answer uploaded =
        api.post(
            "indicator-sets?file=moet-v2.json", "application/json", MAPPER.writeValueAsBytes(v2));
    assertEquals(uploaded.json().toString(), 201, uploaded.status());
    assertEquals("DRAFT", uploaded.json().path("status").asText());

    // What each school should move by: new band points minus old proportional points.
    Map<String, BigDecimal> expected = new HashMap<>();
    for (JsonNode s : api.ok("scores?period=" + PERIOD).path("items")) {
      if (!"moet-4725-2022".equals(s.path("indicatorSet").path("id").asText())) {
        continue;
      }
      JsonNode c = find(s, "1.7.1");
      if (c == null || c.path("inputs").isEmpty()) {
        continue;
      }
      BigDecimal value =
          new BigDecimal(c.path("inputs").get(0).path("value").asText().replace(',', '.'));
      BigDecimal after =
          value.compareTo(BigDecimal.valueOf(80)) >= 0
              ? BigDecimal.valueOf(8)
              : value.compareTo(BigDecimal.valueOf(50)) >= 0
                  ? BigDecimal.valueOf(4)
                  : BigDecimal.ZERO;
      expected.put(
          s.path("unit").path("code").asText(), after.subtract(c.path("points").decimalValue()));
    }
    assertTrue(expected.size() >= 15);

    Api.Answer dry =
        api.post(
            "indicator-sets/moet-4725-2022/versions/2/dry-run?period=" + PERIOD,
            "application/json",
            new byte[0]);
    assertEquals(dry.json().toString(), 200, dry.status());
    assertEquals(1, dry.json().path("baseVersion").asInt());
    int moved = 0;
    for (JsonNode u : dry.json().path("units")) {
      BigDecimal change = expected.get(u.path("code").asText());
      if (change == null) {
        continue;
      }
      assertEquals(u.toString(), 0, change.compareTo(u.path("change").decimalValue()));
      if (change.signum() != 0) {
        moved++;
        assertTrue(u.toString(), u.path("changed").asBoolean());
      }
    }
    assertTrue("some schools move", moved > 0);
    // Nothing was stored by the dry run.
    assertEquals(
        1,
        api.ok("scores?period=" + PERIOD + "&unit=NN-TH-01")
            .path("indicatorSet")
            .path("version")
            .asInt());

    Api.Answer activated =
        api.post(
            "indicator-sets/moet-4725-2022/versions/2/activate?period=" + PERIOD,
            "application/json",
            new byte[0]);
    assertEquals(activated.json().toString(), 200, activated.status());
    // The activation records who made it: the signed-in administrator.
    assertEquals("admin", activated.json().path("by").asText());

    // The activation answered once its rescoring was done: nothing is left running.
    assertEquals(false, api.ok("scoring/progress").path("running").asBoolean(true));
    JsonNode score = api.ok("scores?period=" + PERIOD + "&unit=NN-TH-01");
    assertEquals(2, score.path("indicatorSet").path("version").asInt());
    assertTrue(find(score, "1.7.1").path("rule").asText().startsWith("moet-4725-2022@2 1.7.1 "));
    // The other school year still uses version 1.
    assertEquals(
        1,
        api.ok("scores?period=2024-2025&unit=NN-TH-01")
            .path("indicatorSet")
            .path("version")
            .asInt());

    // Version 2 is frozen now: other content under its number is refused.
    ((ObjectNode) bands.get(0)).put("points", 5);
    Api.Answer again =
        api.post(
            "indicator-sets?file=moet-v2b.json", "application/json", MAPPER.writeValueAsBytes(v2));
    assertEquals(again.json().toString(), 409, again.status());

    String out = shell("edudx:sets");
    assertTrue(out, out.contains("moet-4725-2022") && out.contains(PERIOD));
    String rules = shell("edudx:set-drl moet-4725-2022 2");
    assertTrue(rules, rules.contains("rule \"moet-4725-2022@2 1.7.1 band 2\""));
  }

  private JsonNode definition() throws Exception {
    return MAPPER.readTree(api.bytes("indicator-sets/moet-4725-2022/versions/1/definition"));
  }

  private static ObjectNode criterion(JsonNode set, String code) {
    for (JsonNode g : set.path("groups")) {
      for (JsonNode c : g.path("criteria")) {
        if (c.path("code").asText().equals(code)) {
          return (ObjectNode) c;
        }
        for (JsonNode k : c.path("children")) {
          if (k.path("code").asText().equals(code)) {
            return (ObjectNode) k;
          }
        }
      }
    }
    throw new AssertionError("no criterion " + code);
  }

  private static JsonNode find(JsonNode score, String code) {
    for (JsonNode g : score.path("groups")) {
      for (JsonNode c : g.path("criteria")) {
        if (c.path("code").asText().equals(code)) {
          return c;
        }
        for (JsonNode k : c.path("children")) {
          if (k.path("code").asText().equals(code)) {
            return k;
          }
        }
      }
    }
    return null;
  }

  private String shell(String command) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Session session = shell.create(System.in, out, out);
    try {
      Object result = session.execute(command);
      assertNotNull(command, session);
      if (result != null) {
        out.println(result);
      }
    } finally {
      session.close();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
