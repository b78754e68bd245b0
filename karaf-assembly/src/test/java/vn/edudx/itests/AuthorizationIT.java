package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import vn.edudx.api.security.UserStore;

/**
 * Who may call what, on the running distribution: every endpoint for every role, a school reading
 * another school's unpublished data, tampered, expired and revoked tokens, and repeated failed
 * logins. Reads only, apart from users it creates for itself: calls that would change data are made
 * only by roles that are refused them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuthorizationIT extends EduDxTestSupport {

  private static final String[] ROLES = {"anonymous", "th01", "reviewer", "leader", "admin"};
  private static final String P = "2024-2025";
  private static final String OWN = "assessments/NN-TH-01/" + P;
  private static final String OTHER = "assessments/NN-TH-03/" + P;
  private static final String SET = "indicator-sets/moet-4725-2022";
  private static final String NONE = "public/publications/pub-000000000000";
  private static final String PLAN_PUB = "plans/ngan-nam-plan-2023/evaluations/2099/publications";
  private static final String NO_PLAN_PUB = "public/plan-evaluations/plan-pub-000000000000";

  @Inject
  @Filter(timeout = 180_000)
  private UserStore users;

  private final Map<String, Api> as = new LinkedHashMap<>();

  @Before
  public void signIn() {
    awaitDemoData();
    as.put("anonymous", api());
    for (String role : ROLES) {
      if (!role.equals("anonymous")) {
        as.put(role, signedIn(role));
      }
    }
  }

  /**
   * One row per endpoint: the method, the path, a body, and the status each role gets (anonymous,
   * school th01, reviewer, leader, admin); {@code 0} where that role is not asked because the call
   * would change data.
   */
  private record Row(String method, String path, JsonNode body, int... expected) {}

  @Test
  public void everyEndpointAnswersEveryRoleAsDocumented() {
    ObjectNode edit = Api.MAPPER.createObjectNode();
    edit.putArray("values").addObject().put("indicatorCode", "4725.1.4").put("value", "50");
    ObjectNode reason = Api.MAPPER.createObjectNode().put("reason", "Kiểm thử quyền.");
    ObjectNode publication = Api.MAPPER.createObjectNode();
    ObjectNode empty = Api.MAPPER.createObjectNode();
    ObjectNode office = Api.MAPPER.createObjectNode().put("unit", "NN-PGD").put("label", "x");
    ObjectNode password = Api.MAPPER.createObjectNode().put("password", "mat-khau-moi-2025");
    ObjectNode user =
        Api.MAPPER
            .createObjectNode()
            .put("username", "th01")
            .put("displayName", "Trùng tên")
            .put("role", "SCHOOL")
            .put("unitCode", "NN-TH-01")
            .put("password", "mat-khau-dai-du-10");
    List<Row> rows =
        List.of(
            new Row("GET", "health", null, 200, 200, 200, 200, 200),
            new Row("GET", "auth/me", null, 401, 200, 200, 200, 200),
            new Row("GET", "units", null, 401, 200, 200, 200, 200),
            new Row("GET", "units/NN-TH-01", null, 401, 200, 200, 200, 200),
            new Row("GET", "scores?period=" + P, null, 401, 400, 200, 200, 200),
            new Row("GET", "scores?period=" + P + "&unit=NN-TH-01", null, 401, 200, 200, 200, 200),
            // Another school's unpublished score is as unknown to a school as a missing one.
            new Row("GET", "scores?period=" + P + "&unit=NN-TH-03", null, 401, 404, 200, 200, 200),
            new Row("GET", "scores?period=" + P + "&unit=NN-PGD", null, 401, 404, 200, 200, 200),
            // An upper-secondary school is the department's: outside the office's area (the demo
            // administrator is bound to no unit and sees every area).
            new Row(
                "GET", "scores?period=" + P + "&unit=NN-THPT-01", null, 401, 404, 404, 404, 200),
            new Row("GET", "assessments/NN-THPT-01/" + P, null, 401, 404, 404, 404, 200),
            new Row("GET", "rankings?period=" + P, null, 401, 403, 200, 200, 200),
            // A school lists the deliveries it sent and those wholly about it.
            new Row("GET", "imports", null, 401, 200, 200, 200, 200),
            new Row("GET", "imports/999999", null, 401, 404, 404, 404, 404),
            // Schools and the office upload (each only its area's values), leadership does not;
            // a name with a path is refused (400) before the body reaches the pipeline.
            new Row("POST", "imports?file=..%2Fx.csv", empty, 401, 400, 400, 403, 400),
            new Row("GET", "scoring/progress", null, 401, 403, 200, 200, 200),
            new Row("GET", "collectors", null, 401, 403, 200, 200, 200),
            new Row("GET", "indicator-sets", null, 401, 200, 200, 200, 200),
            new Row(
                "GET",
                "indicator-sets/moet-4725-2022/versions/1/drl",
                null,
                401,
                200,
                200,
                200,
                200),
            new Row("GET", SET, null, 401, 200, 200, 200, 200),
            new Row("GET", SET + "/versions", null, 401, 200, 200, 200, 200),
            new Row("GET", SET + "/versions/1", null, 401, 200, 200, 200, 200),
            new Row("GET", SET + "/versions/1/definition", null, 401, 200, 200, 200, 200),
            new Row("GET", SET + "/versions/1/workbook", null, 401, 200, 200, 200, 200),
            new Row("POST", SET + "/versions/1/dry-run?period=" + P, null, 401, 403, 403, 403, 0),
            new Row("POST", SET + "/versions/1/activate?period=" + P, null, 401, 403, 403, 403, 0),
            new Row("POST", "indicator-sets?file=x.json", null, 401, 403, 403, 403, 400),
            new Row(
                "POST",
                "indicator-sets/moet-4725-2022/versions/1/retire",
                null,
                401,
                403,
                403,
                403,
                0),
            new Row("GET", "users", null, 401, 403, 403, 403, 200),
            new Row("GET", "users/admin", null, 401, 403, 403, 403, 200),
            new Row("POST", "users/th02/password", password, 401, 403, 403, 403, 0),
            new Row("POST", "users/th02/disable", null, 401, 403, 403, 403, 0),
            new Row("POST", "users/th02/enable", null, 401, 403, 403, 403, 200),
            new Row("POST", "users", user, 401, 403, 403, 403, 409),
            new Row("GET", "assessments?period=" + P, null, 401, 403, 200, 200, 200),
            new Row("GET", "assessments/deadlines?period=" + P, null, 401, 200, 200, 200, 200),
            new Row("GET", OWN, null, 401, 200, 200, 200, 200),
            new Row("GET", OTHER, null, 401, 404, 200, 200, 200),
            new Row("GET", OTHER + "/values", null, 401, 404, 200, 200, 200),
            new Row("GET", OTHER + "/history", null, 401, 404, 200, 200, 200),
            new Row("GET", OTHER + "/values/4725.1.4/history", null, 401, 404, 200, 200, 200),
            new Row("PUT", OTHER + "/values", edit, 401, 404, 0, 403, 0),
            new Row("POST", OTHER + "/submit", null, 401, 404, 403, 403, 403),
            new Row("POST", OTHER + "/return", reason, 401, 403, 0, 403, 0),
            new Row("POST", OTHER + "/approve", null, 401, 403, 0, 403, 0),
            new Row("POST", OTHER + "/revoke", reason, 401, 403, 0, 403, 0),
            new Row("POST", OTHER + "/external", null, 401, 403, 0, 403, 0),
            new Row("GET", "plans", null, 401, 200, 200, 200, 200),
            new Row("GET", "plans/ngan-nam-plan-2023", null, 401, 200, 200, 200, 200),
            new Row("GET", "plans/ngan-nam-plan-2023/versions", null, 401, 403, 200, 200, 200),
            // An empty object is not a plan: only the administrator gets that far (400).
            new Row("POST", "plans", empty, 401, 403, 403, 403, 400),
            new Row(
                "GET", "plans/ngan-nam-plan-2023/evaluations/2025", null, 401, 403, 200, 200, 200),
            new Row(
                "GET",
                "plans/ngan-nam-plan-2023/evaluations/2025/report.html",
                null,
                401,
                403,
                200,
                200,
                200),
            new Row(
                "GET",
                "plans/ngan-nam-plan-2023/evaluations/2025/report.pdf",
                null,
                401,
                403,
                200,
                200,
                200),
            new Row("GET", "plans/ngan-nam-plan-2023/publications", null, 401, 403, 200, 200, 200),
            new Row("GET", "plans/nope/publications", null, 401, 403, 404, 404, 404),
            // 2099 has not come: the leader is refused (400) before anything is stored.
            new Row("POST", PLAN_PUB, empty, 401, 403, 403, 400, 403),
            new Row("GET", "public/plan-evaluations", null, 200, 200, 200, 200, 200),
            new Row("GET", NO_PLAN_PUB, null, 404, 404, 404, 404, 404),
            new Row("GET", NO_PLAN_PUB + "/report.html", null, 404, 404, 404, 404, 404),
            new Row("GET", NO_PLAN_PUB + "/report.xlsx", null, 404, 404, 404, 404, 404),
            new Row("GET", NO_PLAN_PUB + "/report.pdf", null, 404, 404, 404, 404, 404),
            new Row("GET", "api-tokens", null, 401, 403, 403, 403, 200),
            // An office is not a school: refused before anything is stored.
            new Row("POST", "api-tokens", office, 401, 403, 403, 403, 400),
            new Row("DELETE", "api-tokens/nope", null, 401, 403, 403, 403, 404),
            // Pushing takes a school's API key only: no session token of any role is enough.
            new Row("POST", "observations", empty, 401, 401, 401, 401, 401),
            new Row("GET", "publications", null, 401, 403, 200, 200, 200),
            new Row("POST", "publications", publication, 401, 403, 403, 400, 403),
            new Row("GET", "publications/pub-000000000000", null, 401, 403, 404, 404, 404),
            new Row("GET", "public/publications", null, 200, 200, 200, 200, 200),
            new Row("GET", "public/publications/pub-000000000000", null, 404, 404, 404, 404, 404),
            new Row("GET", NONE + "/rankings", null, 404, 404, 404, 404, 404),
            new Row("GET", NONE + "/units/NN-TH-01", null, 404, 404, 404, 404, 404),
            new Row("GET", NONE + "/export.csv", null, 404, 404, 404, 404, 404),
            new Row("GET", NONE + "/export.xlsx", null, 404, 404, 404, 404, 404),
            new Row("GET", NONE + "/export.html", null, 404, 404, 404, 404, 404));

    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      for (int i = 0; i < ROLES.length; i++) {
        if (row.expected()[i] == 0) {
          continue;
        }
        Api.Answer a = as.get(ROLES[i]).send(row.method(), row.path(), row.body());
        if (a.status() != row.expected()[i]) {
          wrong.add(
              row.method()
                  + " "
                  + row.path()
                  + " as "
                  + ROLES[i]
                  + ": "
                  + a.status()
                  + " (expected "
                  + row.expected()[i]
                  + ") "
                  + a.json());
        }
      }
    }
    assertTrue(String.join("\n", wrong), wrong.isEmpty());
  }

  @Test
  public void aRefusalSaysWhyInBothLanguages() {
    Api.Answer anonymous = api().get("rankings?period=" + P);
    assertEquals(401, anonymous.status());
    JsonNode problem = anonymous.json().path("problems").get(0);
    assertEquals("auth.required", problem.path("code").asText());
    assertTrue(problem.path("message").path("vi").asText().contains("đăng nhập"));
    assertTrue(problem.path("hint").path("en").asText().contains("/api/v1/auth/login"));
    Api.Answer school = as.get("th01").get("rankings?period=" + P);
    assertEquals(403, school.status());
    assertTrue(school.json().toString().contains("th01"));
  }

  @Test
  public void tamperedExpiredRevokedAndDisabledTokensAreRefused() throws Exception {
    Api admin = as.get("admin");
    String token = admin.token();
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertEquals(401, admin.withToken(tampered).get("units").status());
    assertEquals(401, admin.withToken("not-a-token").get("units").status());
    Api.Raw basic = api().raw("units", "Authorization", "Basic YWRtaW46eA==");
    assertEquals(401, basic.status());
    assertNotNull(basic.header("WWW-Authenticate"));

    // A token whose time is up, stored as EduDX stores tokens.
    String secret = "expired-token-of-the-authorization-test";
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    Instant now = Instant.now();
    users.save(
        new UserStore.StoredToken(
            hash, "admin", now.minus(Duration.ofHours(9)), now.minus(Duration.ofHours(1)), null));
    assertEquals(401, admin.withToken(secret).get("units").status());

    // Signing out revokes the token.
    Api leader = signedIn("leader");
    assertEquals(200, leader.get("units").status());
    assertEquals(204, leader.send("POST", "auth/logout", null).status());
    assertEquals(401, leader.get("units").status());

    // Disabling a user revokes its tokens.
    ObjectNode user =
        Api.MAPPER
            .createObjectNode()
            .put("username", "chuyen-vien-tam")
            .put("displayName", "Chuyên viên tạm")
            .put("role", "OFFICE_REVIEWER")
            .put("unitCode", "NN-PGD")
            .put("password", "mat-khau-tam-thoi-2025");
    assertEquals(201, admin.send("POST", "users", user).status());
    Api temporary = api().as("chuyen-vien-tam", "mat-khau-tam-thoi-2025");
    assertEquals(200, temporary.get("rankings?period=" + P).status());
    assertEquals(200, admin.send("POST", "users/chuyen-vien-tam/disable", null).status());
    assertEquals(401, temporary.get("rankings?period=" + P).status());
    assertEquals(401, api().login("chuyen-vien-tam", "mat-khau-tam-thoi-2025").status());
  }

  @Test
  public void repeatedFailedLoginsAreThrottledEvenWithTheRightPasswordAfterwards() {
    ObjectNode user =
        Api.MAPPER
            .createObjectNode()
            .put("username", "lanh-dao-thu")
            .put("displayName", "Lãnh đạo thử")
            .put("role", "LEADERSHIP")
            .put("unitCode", "NN-PGD")
            .put("password", "mat-khau-thu-nghiem-1");
    assertEquals(201, as.get("admin").send("POST", "users", user).status());
    Api anonymous = api();
    for (int i = 1; i <= 5; i++) {
      assertEquals(
          "failure " + i, 401, anonymous.login("lanh-dao-thu", "sai-mat-khau-" + i).status());
    }
    Api.Answer sixth = anonymous.login("lanh-dao-thu", "mat-khau-thu-nghiem-1");
    assertEquals(sixth.json().toString(), 429, sixth.status());
    assertEquals("auth.throttled", sixth.json().path("problems").get(0).path("code").asText());
    // Another user from the same address is not locked out by that user's failures.
    assertEquals(200, anonymous.login("reviewer", Api.DEMO_PASSWORDS.get("reviewer")).status());
  }
}
