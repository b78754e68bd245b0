package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
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
 * The MOET calendar walked through on the running distribution, as the people of Ngã Năm would: a
 * school submits its self-assessment; the office returns it with a reason; the school fixes it and
 * submits again; the office approves it and evaluates another school externally; leadership
 * publishes with an embargo a minute ahead; before the embargo the public sees nothing, after it
 * exactly the snapshot; a correction supersedes it, and both stay readable. Uses 2022-2023, which
 * no other test changes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WorkflowIT extends EduDxTestSupport {

  // A school year no other test changes: the values edited here move these schools' scores.
  private static final String PERIOD = "2022-2023";
  private static final String TH01 = "assessments/NN-TH-01/" + PERIOD;
  private static final String TH02 = "assessments/NN-TH-02/" + PERIOD;
  private static final String INDICATOR = "4725.1.4";

  @Before
  public void demoLoaded() {
    awaitDemoData();
  }

  @Test
  public void theWholeCalendarFromSelfAssessmentToACorrectedPublication() throws Exception {
    Api school = signedIn("th01");
    Api reviewer = signedIn("reviewer");
    Api leader = signedIn("leader");
    Api anonymous = api();

    // The school fills in a value and submits.
    assertEquals("DRAFT", school.ok(TH01).path("state").asText());
    assertEquals(200, school.send("PUT", TH01 + "/values", edits("80", null)).status());
    JsonNode submitted = school.send("POST", TH01 + "/submit", null).json();
    assertEquals(submitted.toString(), "SUBMITTED", submitted.path("state").asText());
    // Submitted long after 31 May 2023: flagged late.
    assertTrue(submitted.path("late").asBoolean());

    // The office returns it; a return without a reason is refused and changes nothing.
    Api.Answer noReason = reviewer.send("POST", TH01 + "/return", reason(" "));
    assertEquals(noReason.json().toString(), 400, noReason.status());
    assertEquals("SUBMITTED", reviewer.ok(TH01).path("state").asText());
    String why = "Thiếu minh chứng cho tỉ lệ hồ sơ điện tử (tiêu chí 1.4).";
    assertEquals(200, reviewer.send("POST", TH01 + "/return", reason(why)).status());

    // The school sees the reason, fixes the value with its evidence, and submits again.
    JsonNode returned = school.ok(TH01);
    assertEquals("RETURNED", returned.path("state").asText());
    assertEquals(why, returned.path("reason").asText());
    assertEquals(
        200,
        school
            .send("PUT", TH01 + "/values", edits("95", "https://truong.example/minh-chung"))
            .status());
    assertEquals(
        "SUBMITTED", school.send("POST", TH01 + "/submit", null).json().path("state").asText());
    // A school cannot approve itself.
    assertEquals(403, school.send("POST", TH01 + "/approve", null).status());

    // The office approves: the result is frozen with its score.
    JsonNode approved = reviewer.send("POST", TH01 + "/approve", null).json();
    assertEquals(approved.toString(), "APPROVED", approved.path("state").asText());
    assertTrue(approved.path("approved").path("total").isNumber());
    assertEquals("reviewer", approved.path("decidedBy").asText());

    // The history says who did what, when and why, and the value's old and new figures.
    JsonNode history = school.ok(TH01 + "/history").path("items");
    assertEquals(
        "[EDIT_VALUE, SUBMIT, RETURN, EDIT_VALUE, SUBMIT, APPROVE]", actions(history).toString());
    assertEquals(why, history.get(2).path("reason").asText());
    JsonNode secondEdit = history.get(3);
    assertEquals(INDICATOR, secondEdit.path("indicatorCode").asText());
    assertEquals("80", secondEdit.path("oldValue").asText());
    assertEquals("95", secondEdit.path("newValue").asText());
    JsonNode valueHistory = school.ok(TH01 + "/values/" + INDICATOR + "/history").path("items");
    assertEquals("95", valueHistory.get(0).path("value").asText());
    assertEquals("th01", valueHistory.get(0).path("receivedBy").asText());

    // The office evaluates NN-TH-02 itself: a copy of the school's values, changed with a note.
    JsonNode external = reviewer.send("POST", TH02 + "/external", null).json();
    assertTrue(external.toString(), external.path("external").asBoolean());
    assertEquals(400, reviewer.send("PUT", TH02 + "/values", edits("60", null)).status());
    ObjectNode noted = edits("60", null);
    ((ObjectNode) noted.path("values").get(0)).put("note", "Kiểm tra thực tế ngày 10/6: 60%.");
    assertEquals(200, reviewer.send("PUT", TH02 + "/values", noted).status());
    // The school can no longer change what the office evaluates: the state says why.
    Api.Answer schoolEdit = signedIn("th02").send("PUT", TH02 + "/values", edits("99", null));
    assertEquals(schoolEdit.json().toString(), 400, schoolEdit.status());
    assertEquals("state.wrong", schoolEdit.json().path("problems").get(0).path("code").asText());
    assertEquals(
        "APPROVED", reviewer.send("POST", TH02 + "/approve", null).json().path("state").asText());
    JsonNode th02Values = reviewer.ok(TH02 + "/values/" + INDICATOR + "/history").path("items");
    assertEquals("external-evaluation", th02Values.get(0).path("source").asText());
    assertEquals("Kiểm tra thực tế ngày 10/6: 60%.", th02Values.get(0).path("note").asText());

    // Leadership publishes with an embargo a minute ahead.
    Instant embargo = Instant.now().plus(Duration.ofMinutes(1));
    ObjectNode request =
        Api.MAPPER
            .createObjectNode()
            .put("period", PERIOD)
            .put("scopeCode", "NN-PGD")
            .put("embargoUntil", embargo.toString())
            .put("note", "Kết quả đánh giá năm học 2022-2023 (kiểm thử).");
    assertEquals(403, reviewer.send("POST", "publications", request).status());
    Api.Answer made = leader.send("POST", "publications", request);
    assertEquals(made.json().toString(), 201, made.status());
    String id = made.json().path("id").asText();
    String checksum = made.json().path("checksum").asText();
    assertTrue(made.json().path("embargoed").asBoolean());

    // Before the embargo: the office sees it, the public sees nothing of it.
    assertEquals(200, reviewer.get("publications/" + id).status());
    assertEquals(404, anonymous.get("public/publications/" + id).status());
    for (String part :
        new String[] {
          "/export.csv", "/export.xlsx", "/export.html", "/rankings", "/units/NN-TH-01"
        }) {
      assertEquals(part, 404, anonymous.raw("public/publications/" + id + part).status());
    }
    // Leadership prepares the press kit while the embargo runs.
    Api.Raw kit = leader.raw("publications/" + id + "/export.html");
    assertEquals(200, kit.status());
    assertTrue(kit.text().contains("NN-TH-01") || kit.text().contains("Phường 1"));
    assertFalse(anonymous.ok("public/publications").toString().contains(id));

    // After it: exactly the snapshot, byte for byte, with its checksum as ETag, cached for good.
    Api.Raw published =
        Poll.until(
            "the publication public after its embargo",
            Duration.ofMinutes(3),
            () -> anonymous.raw("public/publications/" + id),
            r -> r.status() == 200);
    assertEquals(checksum, sha256(published.body()));
    assertEquals('"' + checksum + '"', published.header("ETag"));
    assertTrue(published.header("Cache-Control").contains("immutable"));
    assertEquals(
        304,
        anonymous.raw("public/publications/" + id, "If-None-Match", '"' + checksum + '"').status());
    JsonNode snapshot = Api.MAPPER.readTree(published.body());
    JsonNode thRanking = anonymous.ok("public/publications/" + id + "/rankings?level=TH&by=total");
    assertEquals("[NN-TH-01, NN-TH-02]", unitCodes(thRanking.path("entries")).toString());
    assertTrue(thRanking.path("entries").get(0).path("interval").has("low"));
    // The other 9 of the 11 primary schools have no approved result: listed apart, with their
    // state, never dropped.
    assertEquals(9, thRanking.path("unranked").size());
    assertTrue(
        thRanking.path("unranked").get(0).path("reason").path("vi").asText(),
        !thRanking.path("unranked").get(0).path("reason").path("vi").asText().isBlank());
    JsonNode page = anonymous.ok("public/publications/" + id + "/units/NN-TH-02");
    assertTrue(page.path("externallyEvaluated").asBoolean());
    assertEquals(snapshot.path("id").asText(), id);
    Api.Raw csv = anonymous.raw("public/publications/" + id + "/export.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.text().contains("NN-TH-01"));
    assertEquals(200, anonymous.raw("public/publications/" + id + "/export.xlsx").status());
    Api.Raw html = anonymous.raw("public/publications/" + id + "/export.html");
    assertTrue(html.text().contains("<svg"));
    // A download is revalidated by its own ETag, not cached for ever: a correction changes it.
    assertFalse(html.header("Cache-Control").contains("immutable"));
    assertEquals(
        304,
        anonymous
            .raw("public/publications/" + id + "/export.html", "If-None-Match", html.header("ETag"))
            .status());

    // A correction supersedes it with a reason; both stay readable.
    ObjectNode correction =
        request.deepCopy().put("embargoUntil", Instant.now().toString()).put("supersedes", id);
    assertEquals(400, leader.send("POST", "publications", correction).status());
    correction.put("reason", "Sửa tên trường trong bảng xếp hạng.");
    Api.Answer corrected = leader.send("POST", "publications", correction);
    assertEquals(corrected.json().toString(), 201, corrected.status());
    String second = corrected.json().path("id").asText();
    assertNotEquals(id, second);
    assertEquals(
        409,
        leader.send("POST", "publications", correction.deepCopy().put("supersedes", id)).status());
    JsonNode list = anonymous.ok("public/publications").path("items");
    JsonNode old = find(list, id);
    assertNotNull(list.toString(), old);
    assertEquals(second, old.path("supersededBy").asText());
    assertEquals(id, find(list, second).path("supersedes").asText());
    Api.Raw again = anonymous.raw("public/publications/" + id);
    assertEquals(checksum, sha256(again.body()));
    // The old page now says it was replaced, under a new ETag.
    Api.Raw replaced =
        anonymous.raw(
            "public/publications/" + id + "/export.html", "If-None-Match", html.header("ETag"));
    assertEquals(200, replaced.status());
    assertTrue(replaced.text().contains(second));
    // A second publication of the same year and area must say which one it corrects.
    ObjectNode again2 =
        request.deepCopy().put("embargoUntil", Instant.now().plus(Duration.ofHours(1)).toString());
    assertEquals(409, leader.send("POST", "publications", again2).status());
  }

  private static ObjectNode edits(String value, String evidence) {
    ObjectNode body = Api.MAPPER.createObjectNode();
    ObjectNode edit = body.putArray("values").addObject();
    edit.put("indicatorCode", INDICATOR).put("value", value);
    if (evidence != null) {
      edit.put("evidence", evidence);
    }
    return body;
  }

  private static ObjectNode reason(String text) {
    return Api.MAPPER.createObjectNode().put("reason", text);
  }

  private static java.util.List<String> actions(JsonNode items) {
    java.util.List<String> out = new java.util.ArrayList<>();
    items.forEach(t -> out.add(t.path("action").asText()));
    return out;
  }

  private static java.util.List<String> unitCodes(JsonNode entries) {
    java.util.List<String> out = new java.util.ArrayList<>();
    entries.forEach(e -> out.add(e.path("unitCode").asText()));
    java.util.Collections.sort(out);
    return out;
  }

  private static JsonNode find(JsonNode items, String id) {
    for (JsonNode p : items) {
      if (id.equals(p.path("id").asText())) {
        return p;
      }
    }
    return null;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
