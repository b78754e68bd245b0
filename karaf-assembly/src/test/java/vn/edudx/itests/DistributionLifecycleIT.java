package vn.edudx.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The distribution as an operator runs it, with its own {@code bin/start} and {@code bin/stop}:
 * values survive a restart, and the demo data and dropped files are not stored again.
 */
class DistributionLifecycleIT {

  private static final Duration START = StartedDistribution.START;
  private StartedDistribution edudx;
  private Path home;
  private Api api;

  @BeforeEach
  void unpack() throws IOException {
    edudx = StartedDistribution.prepare("lifecycle", Map.of("EDUDX_DEMO", "true"));
    home = edudx.home();
    api = edudx.api();
  }

  @AfterEach
  void stop() throws Exception {
    edudx.stop();
  }

  @Test
  void valuesSurviveARestartAndNothingIsStoredTwice() throws Exception {
    edudx.start();
    signIn();
    Poll.until(
        "the demo data scored",
        START,
        () -> api.ok("rankings?period=2024-2025").path("count").asInt(),
        n -> n >= 22);
    double before = api.ok("scores?period=2024-2025&unit=NN-TH-11").path("total").asDouble();
    Path inbox = home.resolve("data/edudx/inbox");
    Files.createDirectories(inbox);
    Files.writeString(
        inbox.resolve("th11.csv.part"),
        "Mã đơn vị,Năm học,Mã chỉ số,Giá trị\nNN-TH-11,2024-2025,4725.1.4,100\n",
        StandardCharsets.UTF_8);
    Files.move(inbox.resolve("th11.csv.part"), inbox.resolve("th11.csv"));
    double changed =
        Poll.until(
            "NN-TH-11 rescored",
            START,
            () -> api.ok("scores?period=2024-2025&unit=NN-TH-11").path("total").asDouble(),
            t -> t != before);
    Map<String, Long> facts = settledFacts();
    int imports = api.ok("imports?limit=500").path("count").asInt();

    edudx.stop();
    edudx.start();

    assertEquals(
        changed, api.ok("scores?period=2024-2025&unit=NN-TH-11").path("total").asDouble(), 1e-9);
    assertEquals(facts, databaseFacts());
    assertEquals(imports, api.ok("imports?limit=500").path("count").asInt());
    assertNotEquals(before, changed);
    assertTrue(Files.notExists(inbox.resolve("th11.csv")));

    aKillInTheMiddleOfAnImportLeavesAllOrNothingAndTheFileIsImportedAgain(inbox);
  }

  /**
   * Drops a large file, kills the Karaf JVM (SIGKILL, no shutdown hook) while the pipeline is still
   * reading, checking or storing it, and starts EduDX again: the file, left in the folder, is
   * processed again, and its values are stored exactly once: none were committed half-way, or the
   * repeat would find the checksum taken and store fewer.
   */
  private void aKillInTheMiddleOfAnImportLeavesAllOrNothingAndTheFileIsImportedAgain(Path inbox)
      throws Exception {
    Map<String, Long> facts = settledFacts();
    int values = writeLargeFile(inbox.resolve("lon.csv"));

    String killedIn =
        Poll.until(
            "lon.csv being read, checked or stored",
            START,
            () -> {
              for (JsonNode d : api.ok("imports/running").path("items")) {
                if (d.path("origin").asText().equals("lon.csv")) {
                  return d.path("phase").asText();
                }
              }
              if (Files.notExists(inbox.resolve("lon.csv"))) {
                throw new AssertionError(
                    "lon.csv was imported before the test could kill EduDX: make it larger");
              }
              return "";
            },
            phase -> List.of("READING", "CHECKING", "STORING").contains(phase));
    edudx.kill();
    System.out.println("DistributionLifecycleIT: killed EduDX while lon.csv was " + killedIn);
    assertTrue(Files.exists(inbox.resolve("lon.csv")), "the file stays in the folder");

    edudx.start();
    JsonNode accepted =
        Poll.until(
            "lon.csv imported after the restart",
            START,
            () -> {
              for (JsonNode b : api.ok("imports?limit=500").path("items")) {
                if (b.path("file").asText().equals("lon.csv")
                    && b.path("status").asText().equals("ACCEPTED")) {
                  return b;
                }
              }
              return null;
            },
            b -> b != null);
    assertEquals(values, accepted.path("stored").asInt(), accepted.toString());
    Map<String, Long> after = settledFacts();
    assertEquals(
        facts.get("observations") + values,
        after.get("observations"),
        "every value of lon.csv stored once (killed while " + killedIn + ")");
    Poll.until(
        "lon.csv moved to done/",
        START,
        () -> Files.notExists(inbox.resolve("lon.csv")),
        gone -> gone);
    long acceptedTimes = 0;
    for (JsonNode b : api.ok("imports?limit=500").path("items")) {
      if (b.path("file").asText().equals("lon.csv")
          && b.path("status").asText().equals("ACCEPTED")) {
        acceptedTimes++;
      }
    }
    assertEquals(1, acceptedTimes, "one accepted delivery of lon.csv");
  }

  /**
   * Every 4725 value of the demo's primary schools for nine school years up to the demo's first,
   * each with a long note so that storing it takes a while: thousands of valid rows, no two alike.
   *
   * @return how many values the file holds
   */
  private int writeLargeFile(Path file) throws IOException {
    List<String> schools = new java.util.ArrayList<>();
    for (JsonNode u : api.ok("units?level=TH").path("items")) {
      schools.add(u.path("code").asText());
    }
    List<JsonNode> indicators = new java.util.ArrayList<>();
    api.ok("indicator-sets/moet-4725-2022").path("indicators").forEach(indicators::add);
    String note = "Ghi chú kiểm thử dừng đột ngột giữa lúc nhập. ".repeat(40);
    StringBuilder csv =
        new StringBuilder("Mã đơn vị;Năm học;Mã chỉ số;Giá trị;Minh chứng;Ghi chú\n");
    int values = 0;
    for (int year = 2014; year <= 2022; year++) {
      for (String school : schools) {
        for (JsonNode i : indicators) {
          String type = i.path("type").asText();
          String value = type.equals("BOOLEAN") ? "Có" : type.equals("PERCENT") ? "90" : null;
          if (value == null) {
            continue;
          }
          csv.append(school).append(';').append(year).append('-').append(year + 1).append(';');
          csv.append(i.path("code").asText()).append(';').append(value).append(';');
          csv.append("https://minhchung.example/").append(school).append('/').append(year);
          csv.append(';').append(note).append('\n');
          values++;
        }
      }
    }
    assertTrue(schools.size() >= 10 && values > 2_000, schools + " " + values);
    Path part = file.resolveSibling(file.getFileName() + ".part");
    Files.writeString(part, csv, StandardCharsets.UTF_8);
    Files.move(part, file);
    return values;
  }

  /**
   * The database facts once the rescoring that follows the demo's deliveries and the dropped file
   * has finished: no scoring job running and the same facts for 3 s of polling (a slow machine
   * still scores the other years' authorities when the school's new score appears).
   */
  private Map<String, Long> settledFacts() {
    Object[] seen = {null, Instant.now()};
    return Poll.until(
        "the database facts settled",
        START,
        () -> {
          Map<String, Long> now = databaseFacts();
          if (!now.equals(seen[0]) || api.ok("scoring/progress").path("running").asBoolean()) {
            seen[0] = now;
            seen[1] = Instant.now();
          }
          return now;
        },
        f -> Duration.between((Instant) seen[1], Instant.now()).toSeconds() >= 3);
  }

  private Map<String, Long> databaseFacts() {
    for (JsonNode part : api.ok("health").path("parts")) {
      if (part.path("name").asText().equals("database")) {
        JsonNode f = part.path("facts");
        return Map.of(
            "units", f.path("units").asLong(),
            "observations", f.path("observations").asLong(),
            "scores", f.path("scores").asLong());
      }
    }
    throw new AssertionError("no database part in health");
  }

  /**
   * Signs the demo administrator in once the demo users exist; the token is kept in the database,
   * so it still works after the restart.
   */
  private void signIn() {
    EduDxTestSupport.awaitDemoUsers(api, START);
    api = api.as("admin");
  }
}
