package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * {@code POST /api/v1/imports?file=NAME}: a file of observations uploaded over REST goes through
 * the same pipeline as the drop folder. Uses 2019-2020, a school year no other test and no demo
 * file reads, so no shared score or ranking moves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class UploadIT extends EduDxTestSupport {

  private static final String CSV = "text/csv";
  private static final String HEADER = "Mã đơn vị;Năm học;Mã chỉ số;Giá trị;Minh chứng\r\n";

  private Api admin;

  @Before
  public void demoLoaded() {
    admin = admin(); // here, not in a field: the class is also instantiated outside Karaf
    awaitDemoData();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  public void aFileIsStoredOnceRejectedWithItsProblemsAndRefusedWithAPathInItsName() {
    byte[] good = bytes(HEADER + "NN-TH-01;2019-2020;4725.1.1;Có;https://th01.example/1.1\r\n");

    Api.Answer first = admin.post("imports?file=th01-2019-2020.csv", CSV, good);
    assertEquals(first.json().toString(), 201, first.status());
    assertEquals("ACCEPTED", first.json().path("status").asText());
    assertEquals("upload", first.json().path("collector").asText());
    assertEquals("th01-2019-2020.csv", first.json().path("file").asText());
    assertEquals("admin", first.json().path("receivedBy").asText());
    assertEquals(1, first.json().path("stored").asInt());
    assertFalse(first.json().path("duplicate").asBoolean());
    long id = first.json().path("id").asLong();
    assertEquals(
        "ACCEPTED", admin.ok("imports/" + id).path("status").asText()); // the same DTO as GET

    Api.Answer again = admin.post("imports?file=th01-lan-2.csv", CSV, good);
    assertEquals(again.json().toString(), 200, again.status());
    assertTrue(again.json().path("duplicate").asBoolean());
    assertEquals(id, again.json().path("duplicateOf").asLong());

    Api.Answer bad =
        admin.post(
            "imports?file=th01-sai.csv",
            CSV,
            bytes(HEADER + "NN-TH-01;2019-2020;4725.1.4;nhiều;\r\n"));
    assertEquals(bad.json().toString(), 422, bad.status());
    assertEquals("REJECTED", bad.json().path("status").asText());
    JsonNode problem = bad.json().path("problems").get(0);
    assertEquals(problem.toString(), 2, problem.path("row").asInt());
    assertEquals(4, problem.path("column").asInt());
    assertEquals("nhiều", problem.path("value").asText());
    assertFalse(problem.path("message").path("vi").asText().isBlank());
    assertFalse(problem.path("hint").path("en").asText().isBlank());

    Api.Answer path = admin.post("imports?file=..%2Fth01.csv", CSV, good);
    assertEquals(path.json().toString(), 400, path.status());
    assertEquals("file", path.json().path("problems").get(0).path("field").asText());
  }

  /**
   * A school uploads its own values, and only them; the reviewer, bound to the town's office,
   * uploads those of its schools; leadership does not upload. A file with a row of a unit outside
   * the caller's area is refused whole, the row named, before anything is stored.
   */
  @Test
  public void aSchoolOrAnOfficeBoundToAnAreaUploadsOnlyTheValuesOfItsArea() {
    byte[] other =
        bytes(
            HEADER + "NN-TH-01;2019-2020;4725.1.2;Có;\r\n" + "NN-TH-03;2019-2020;4725.1.1;Có;\r\n");
    Api th01 = signedIn("th01");
    Api.Answer school = th01.post("imports?file=th03.csv", CSV, other);
    assertEquals(school.json().toString(), 403, school.status());
    JsonNode problem = school.json().path("problems").get(0);
    assertEquals("import.upload.other-unit", problem.path("code").asText());
    assertEquals(3, problem.path("row").asInt());
    assertEquals(1, problem.path("column").asInt());
    assertEquals("NN-TH-03", problem.path("value").asText());
    assertEquals(1, school.json().path("problems").size());
    Api.Answer leader = signedIn("leader").post("imports?file=th03.csv", CSV, other);
    assertEquals(leader.json().toString(), 403, leader.status());
    for (JsonNode b : admin.ok("imports?limit=500").path("items")) {
      assertFalse(b.toString(), "th03.csv".equals(b.path("file").asText()));
    }

    Api.Answer own =
        th01.post(
            "imports?file=th01-rieng.csv",
            CSV,
            bytes(HEADER + "NN-TH-01;2019-2020;4725.1.2;Có;https://th01.example/1.2\r\n"));
    assertEquals(own.json().toString(), 201, own.status());
    assertEquals("th01", own.json().path("receivedBy").asText());
    assertEquals("school", own.json().path("instance").asText());
    // The school reads the delivery its answer points to, and lists only what concerns it.
    assertEquals(
        "th01-rieng.csv",
        th01.ok("imports/" + own.json().path("id").asLong()).path("file").asText());
    for (JsonNode b : th01.ok("imports?limit=500").path("items")) {
      assertFalse(b.toString(), "th03.csv".equals(b.path("file").asText()));
      assertFalse(b.toString(), b.path("receivedBy").asText().equals("reviewer"));
    }

    Api.Answer office = signedIn("reviewer").post("imports?file=pgd-th03.csv", CSV, other);
    assertEquals(office.json().toString(), 201, office.status());
    assertEquals(2, office.json().path("stored").asInt());
  }
}
