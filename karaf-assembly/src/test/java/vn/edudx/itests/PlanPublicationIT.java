package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Leadership publishes a year's evaluation of the Ngã Năm plan, on the running distribution: who
 * may, what the public reads (the snapshot byte for byte, its report), the one-current rule and a
 * correction, and an embargo. It publishes 2024 and 2023 only; other tests may publish too, so it
 * looks for its own publications, never at counts. 2025 is left to {@code RestApiIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlanPublicationIT extends EduDxTestSupport {

  private static final String PLAN = "ngan-nam-plan-2023";
  private static final String PUBLIC = "public/plan-evaluations";

  private Api leader;
  private Api reviewer;
  private Api anonymous;

  @Before
  public void signIn() {
    awaitDemoData();
    leader = signedIn("leader");
    reviewer = signedIn("reviewer");
    anonymous = api();
  }

  private static String publications(int year) {
    return "plans/" + PLAN + "/evaluations/" + year + "/publications";
  }

  private static JsonNode json(Api.Raw r) {
    try {
      return Api.MAPPER.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The card of a publication in a list answer, or {@code null}. */
  private static JsonNode card(JsonNode list, String id) {
    for (JsonNode c : list.path("items")) {
      if (id.equals(c.path("id").asText())) {
        return c;
      }
    }
    return null;
  }

  @Test
  public void leadershipPublishesTheYearAndThePublicReadsTheSnapshotAndItsReport()
      throws Exception {
    ObjectNode empty = Api.MAPPER.createObjectNode();
    assertEquals(403, reviewer.send("POST", publications(2024), empty).status());
    assertEquals(401, anonymous.send("POST", publications(2024), empty).status());

    Api.Raw made = leader.sendRaw("POST", publications(2024), empty);
    assertEquals(made.text(), 201, made.status());
    JsonNode card = json(made);
    String id = card.path("id").asText();
    String checksum = card.path("checksum").asText();
    assertTrue(id, id.startsWith("plan-pub-"));
    assertTrue(made.header("Location"), made.header("Location").endsWith("/" + PUBLIC + "/" + id));
    assertEquals(PLAN, card.path("planId").asText());
    assertEquals(2024, card.path("year").asInt());
    assertEquals("NN", card.path("area").asText());
    // The authority that approved, never the account name.
    assertEquals("LEADERSHIP NN-PGD", card.path("approvedBy").asText());
    assertFalse(card.path("embargoed").asBoolean());
    assertTrue(card.path("supersedes").isNull());
    assertTrue(card.toString(), card.path("summary").size() > 0);

    // The public list shows it; the snapshot is served byte for byte, its SHA-256 the ETag.
    assertNotNull(card(anonymous.ok(PUBLIC), id));
    Api.Raw snapshot = anonymous.raw(PUBLIC + "/" + id);
    assertEquals(200, snapshot.status());
    assertEquals(
        checksum,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot.body())));
    assertEquals('"' + checksum + '"', snapshot.header("ETag"));
    assertTrue(snapshot.header("Cache-Control").contains("immutable"));
    assertEquals(
        304, anonymous.raw(PUBLIC + "/" + id, "If-None-Match", '"' + checksum + '"').status());
    // Nothing internal: no user who received a value, no file name.
    String text = snapshot.text();
    assertFalse(text.contains("\"receivedBy\":\"demo"));
    assertFalse(text.contains("observations-2024.csv"));

    Api.Raw html = anonymous.raw(PUBLIC + "/" + id + "/report.html");
    assertEquals(200, html.status());
    assertTrue(html.text().contains("năm 2024"));
    assertTrue(html.text().contains("đúng lộ trình"));
    assertTrue(html.text().contains("có nguy cơ không đạt"));
    assertNotNull(html.header("Content-Security-Policy"));
    assertEquals(
        304,
        anonymous
            .raw(PUBLIC + "/" + id + "/report.html", "If-None-Match", html.header("ETag"))
            .status());
    Api.Raw pdf = anonymous.raw(PUBLIC + "/" + id + "/report.pdf");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertTrue(pdfText(pdf.body()).contains("năm 2024"));
    assertEquals(
        304,
        anonymous
            .raw(PUBLIC + "/" + id + "/report.pdf", "If-None-Match", pdf.header("ETag"))
            .status());
    byte[] xlsx = anonymous.bytes(PUBLIC + "/" + id + "/report.xlsx");
    assertEquals('P', xlsx[0]);
    assertEquals('K', xlsx[1]);

    // A second publication of the year must supersede the current one.
    Api.Answer again = leader.send("POST", publications(2024), empty);
    assertEquals(again.json().toString(), 409, again.status());
    assertEquals("plan.publish.exists", again.json().path("problems").get(0).path("code").asText());

    ObjectNode correction =
        Api.MAPPER
            .createObjectNode()
            .put("supersedes", id)
            .put("reason", "Kiểm thử: sửa số liệu đã nhập sai.");
    Api.Answer corrected = leader.send("POST", publications(2024), correction);
    assertEquals(corrected.json().toString(), 201, corrected.status());
    String newId = corrected.json().path("id").asText();
    assertEquals(id, corrected.json().path("supersedes").asText());

    JsonNode old = card(anonymous.ok(PUBLIC), id);
    assertEquals(newId, old.path("supersededBy").asText());
    assertNotNull(card(anonymous.ok(PUBLIC), newId));
    // The old snapshot has not changed; its report now says what replaced it.
    assertEquals(checksum, old.path("checksum").asText());
    assertTrue(anonymous.raw(PUBLIC + "/" + id + "/report.html").text().contains(newId));
    // So does its PDF, which is laid out again (the superseded notice is new).
    byte[] pdfAfter = anonymous.bytes(PUBLIC + "/" + id + "/report.pdf");
    assertTrue(pdfText(pdfAfter).replace(" ", "").contains(newId));
    assertEquals(409, leader.send("POST", publications(2024), correction).status());

    JsonNode office = reviewer.ok("plans/" + PLAN + "/publications");
    assertNotNull(card(office, id));
    assertNotNull(card(office, newId));
  }

  @Test
  public void anEmbargoedPublicationIsTheOfficesUntilItsTime() {
    ObjectNode body =
        Api.MAPPER
            .createObjectNode()
            .put("embargoUntil", Instant.now().plus(Duration.ofHours(1)).toString());
    Api.Answer made = leader.send("POST", publications(2023), body);
    assertEquals(made.json().toString(), 201, made.status());
    String id = made.json().path("id").asText();
    assertTrue(made.json().path("embargoed").asBoolean());

    assertEquals(404, anonymous.get(PUBLIC + "/" + id).status());
    assertEquals(404, anonymous.raw(PUBLIC + "/" + id + "/report.html").status());
    assertEquals(404, anonymous.raw(PUBLIC + "/" + id + "/report.xlsx").status());
    assertEquals(null, card(anonymous.ok(PUBLIC), id));

    JsonNode office = card(reviewer.ok("plans/" + PLAN + "/publications"), id);
    assertNotNull(office);
    assertTrue(office.path("embargoed").asBoolean());
    assertNotNull(card(leader.ok("plans/" + PLAN + "/publications"), id));
    assertEquals(403, signedIn("th01").get("plans/" + PLAN + "/publications").status());
  }

  /** The text of a PDF, read back with PDFBox, white space made single spaces. */
  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
