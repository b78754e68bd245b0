package vn.edudx.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The distribution as an operator runs it, with its own {@code bin/start} and {@code bin/stop}:
 * values survive a restart, and the demo data and dropped files are not stored again.
 */
class DistributionLifecycleIT {

  private static final Duration START = Duration.ofMinutes(3);
  private Path home;
  private int port;
  private Api api;

  @BeforeEach
  void unpack() throws IOException {
    home = Path.of(System.getProperty("edudx.work"), "lifecycle", "edudx");
    deleteTree(home);
    copyTree(Path.of(System.getProperty("edudx.assembly")), home);
    port = Api.freePort();
    replace("etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = " + Api.freePort());
    replace(
        "etc/org.apache.karaf.management.cfg",
        "rmiRegistryPort = 1099",
        "rmiRegistryPort = " + Api.freePort());
    replace(
        "etc/org.apache.karaf.management.cfg",
        "rmiServerPort = 44444",
        "rmiServerPort = " + Api.freePort());
    api = new Api(port);
  }

  @AfterEach
  void stop() throws Exception {
    run("bin/stop");
    awaitStopped();
  }

  @Test
  void valuesSurviveARestartAndNothingIsStoredTwice() throws Exception {
    start();
    awaitUp();
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

    run("bin/stop");
    awaitStopped();
    start();
    awaitUp();

    assertEquals(
        changed, api.ok("scores?period=2024-2025&unit=NN-TH-11").path("total").asDouble(), 1e-9);
    assertEquals(facts, databaseFacts());
    assertEquals(imports, api.ok("imports?limit=500").path("count").asInt());
    assertNotEquals(before, changed);
    assertTrue(Files.notExists(inbox.resolve("th11.csv")));
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

  private void start() throws Exception {
    run("bin/start");
  }

  private void awaitUp() {
    Poll.until(
        "EduDX answering on port " + port,
        START,
        () -> api.get("health"),
        a -> a.status() == 200 && a.json().path("status").asText().equals("UP"));
  }

  /** Stopped means the JVM is gone: a new start is refused while the old one shuts down. */
  private void awaitStopped() {
    Poll.until("EduDX stopped", START, () -> status(), code -> code != 0);
    Poll.until("the Karaf JVM gone", START, this::karafAlive, alive -> !alive);
  }

  private boolean karafAlive() {
    Path pidFile = home.resolve("karaf.pid");
    try {
      if (!Files.exists(pidFile)) {
        return false;
      }
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private int status() {
    try {
      return process("bin/status").waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void run(String script) throws Exception {
    process(script).waitFor();
  }

  private Process process(String script) {
    ProcessBuilder pb = new ProcessBuilder(List.of(home.resolve(script).toString()));
    pb.directory(home.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("EDUDX_DEMO", "true");
    pb.environment().put("EDUDX_HTTP_PORT", Integer.toString(port));
    pb.redirectErrorStream(true);
    pb.redirectOutput(home.resolve("script-output.log").toFile());
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = home.resolve(file);
    String text = Files.readString(p);
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " has no '" + from + "'");
    }
    Files.writeString(p, text.replace(from, to));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
