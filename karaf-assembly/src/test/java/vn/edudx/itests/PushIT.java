package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * A school's management system pushes values with a key the office issued: the office issues a key
 * for NN-TH-01; a batch is stored once however often it is sent; a value of another school is
 * refused, a bad value is located; a revoked key, a session token and the key used as a session
 * token are all refused. Pushes the demo's own value of NN-TH-01 for 2024-2025, so that the other
 * tests' figures of that year stay as shipped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PushIT extends EduDxTestSupport {

  private static final String KEY = "X-EduDX-Api-Key";
  private static final String PERIOD = "2024-2025";
  private static final String INDICATOR = "4725.1.4";
  // The demo's value (observations-2024-2025.csv): pushing it changes no score.
  private static final String VALUE = "71,1";
  private static final String HISTORY =
      "assessments/NN-TH-01/" + PERIOD + "/values/" + INDICATOR + "/history";

  @Before
  public void demoLoaded() {
    awaitDemoData();
  }

  @Test
  public void aSchoolsSystemPushesWithItsKeyOnceAndOnlyForItself() {
    Api admin = admin();
    Api anonymous = api();

    // The office issues a key for NN-TH-01: the secret is shown once.
    Api.Answer issued =
        admin.send(
            "POST",
            "api-tokens",
            Api.MAPPER.createObjectNode().put("unit", "NN-TH-01").put("label", "SMAS"));
    assertEquals(issued.json().toString(), 201, issued.status());
    String secret = issued.json().path("secret").asText();
    String id = issued.json().path("token").path("id").asText();
    assertTrue(secret, secret.startsWith("edx_"));
    assertFalse(issued.json().path("note").path("vi").asText().isEmpty());
    JsonNode listed = admin.ok("api-tokens");
    assertTrue(listed.toString().contains(id));
    assertFalse(listed.toString().contains(secret));

    // A batch of one valid value is stored.
    String batchId = "smas-" + System.nanoTime();
    Api.Answer first =
        anonymous.postWith("observations", batch(batchId, "NN-TH-01", VALUE), KEY, secret);
    assertEquals(first.json().toString(), 201, first.status());
    assertEquals(1, first.json().path("accepted").asInt());
    assertEquals(0, first.json().path("rejected").asInt());
    assertFalse(first.json().path("duplicate").asBoolean());
    JsonNode stored = pushed(admin, batchId);
    assertEquals(1, stored.size());
    assertEquals("api-token:" + id, stored.get(0).path("receivedBy").asText());
    assertTrue(token(admin, id).path("lastUsedAt").isTextual());

    // The same batch again stores nothing and answers the first result.
    Api.Answer again =
        anonymous.postWith("observations", batch(batchId, "NN-TH-01", VALUE), KEY, secret);
    assertEquals(again.json().toString(), 200, again.status());
    assertTrue(again.json().path("duplicate").asBoolean());
    assertEquals(first.json().path("importId").asLong(), again.json().path("duplicateOf").asLong());
    assertEquals(1, again.json().path("accepted").asInt());
    assertEquals(1, pushed(admin, batchId).size());

    // The same batch id with other values is a conflict, and stores nothing either.
    Api.Answer reused =
        anonymous.postWith("observations", batch(batchId, "NN-TH-01", "72"), KEY, secret);
    assertEquals(reused.json().toString(), 409, reused.status());
    JsonNode conflict = reused.json().path("problems").get(0);
    assertEquals("push.batch-id.reused", conflict.path("code").asText());
    assertEquals("batchId", conflict.path("field").asText());
    assertTrue(conflict.path("hint").path("vi").asText().contains("mã lô mới"));
    assertEquals(1, pushed(admin, batchId).size());

    // A value of another school is refused, naming the value.
    Api.Answer foreign =
        anonymous.postWith(
            "observations", batch("other-" + batchId, "NN-TH-02", VALUE), KEY, secret);
    assertEquals(foreign.json().toString(), 403, foreign.status());
    assertEquals("values[0].unit", foreign.json().path("problems").get(0).path("field").asText());

    // A bad value rejects the batch, located by its index, in both languages.
    ObjectNode bad = batch("bad-" + batchId, "NN-TH-01", VALUE);
    ((ArrayNode) bad.path("values"))
        .addObject()
        .put("unit", "NN-TH-01")
        .put("indicator", INDICATOR)
        .put("value", "nhiều lắm");
    Api.Answer rejected = anonymous.postWith("observations", bad, KEY, secret);
    assertEquals(rejected.json().toString(), 422, rejected.status());
    assertEquals(0, rejected.json().path("accepted").asInt());
    JsonNode problem = rejected.json().path("problems").get(0);
    assertEquals("values[1].value", problem.path("field").asText());
    assertFalse(problem.path("message").path("vi").asText().isEmpty());
    assertFalse(problem.path("message").path("en").asText().isEmpty());
    assertEquals(0, pushed(admin, "bad-" + batchId).size());

    // The key is not a session token anywhere else, and a session token does not push.
    assertEquals(401, anonymous.withToken(secret).get("units").status());
    Api school = signedIn("th01");
    assertEquals(
        401, school.postWith("observations", batch("s-" + batchId, "NN-TH-01", VALUE)).status());
    assertEquals(
        401, admin.postWith("observations", batch("a-" + batchId, "NN-TH-01", VALUE)).status());

    // Revoked, the key no longer pushes.
    Api.Answer revoked = admin.send("DELETE", "api-tokens/" + id, null);
    assertEquals(revoked.json().toString(), 200, revoked.status());
    assertTrue(revoked.json().path("revoked").asBoolean());
    Api.Answer after =
        anonymous.postWith("observations", batch("r-" + batchId, "NN-TH-01", VALUE), KEY, secret);
    assertEquals(after.json().toString(), 401, after.status());
    assertFalse(after.json().path("problems").get(0).path("message").path("vi").asText().isEmpty());
    assertEquals(
        401, anonymous.postWith("observations", batch("n-" + batchId, "NN-TH-01", VALUE)).status());
  }

  private static ObjectNode batch(String batchId, String unit, String value) {
    ObjectNode b = Api.MAPPER.createObjectNode().put("batchId", batchId).put("period", PERIOD);
    b.putArray("values")
        .addObject()
        .put("unit", unit)
        .put("indicator", INDICATOR)
        .put("value", value)
        .put("evidence", "https://minhchung.demo.invalid/NN-TH-01/push")
        .put("note", "Gửi từ SMAS");
    return b;
  }

  private static JsonNode token(Api admin, String id) {
    for (JsonNode t : admin.ok("api-tokens").path("items")) {
      if (id.equals(t.path("id").asText())) {
        return t;
      }
    }
    throw new AssertionError("no key " + id);
  }

  /** The values of NN-TH-01's indicator that a batch stored. */
  private static JsonNode pushed(Api admin, String batchId) {
    ArrayNode found = Api.MAPPER.createArrayNode();
    for (JsonNode v : admin.ok(HISTORY).path("items")) {
      if ("push".equals(v.path("source").asText()) && batchId.equals(v.path("origin").asText())) {
        found.add(v);
      }
    }
    return found;
  }
}
