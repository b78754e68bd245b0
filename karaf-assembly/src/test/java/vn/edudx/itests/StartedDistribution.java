package vn.edudx.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the assembled distribution started as an operator starts it, with its own {@code
 * bin/start} on free ports, for tests that need a real EduDX outside Pax Exam (a browser, a
 * restart, a kill); {@link #stop()} stops it with {@code bin/stop} and waits until its JVM is gone.
 */
final class StartedDistribution {

  static final Duration START = Duration.ofMinutes(3);

  private final Path home;
  private final int port;
  private final Map<String, String> environment;

  private StartedDistribution(Path home, int port, Map<String, String> environment) {
    this.home = home;
    this.port = port;
    this.environment = environment;
  }

  /**
   * Copies the assembly to {@code edudx.work/<name>/edudx}, gives it free HTTP, SSH and JMX ports,
   * starts it with the given environment and waits until its health answers UP.
   */
  static StartedDistribution start(String name, Map<String, String> environment)
      throws IOException, InterruptedException {
    StartedDistribution d = prepare(name, environment);
    d.start();
    return d;
  }

  /**
   * Copies the assembly to {@code edudx.work/<name>/edudx} and gives it free HTTP, SSH and JMX
   * ports, without starting it: for a test that starts, stops and kills it itself.
   */
  static StartedDistribution prepare(String name, Map<String, String> environment)
      throws IOException {
    Path home = Path.of(System.getProperty("edudx.work"), name, "edudx");
    deleteTree(home);
    copyTree(Path.of(System.getProperty("edudx.assembly")), home);
    replace(
        home, "etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = " + Api.freePort());
    replace(
        home,
        "etc/org.apache.karaf.management.cfg",
        "rmiRegistryPort = 1099",
        "rmiRegistryPort = " + Api.freePort());
    replace(
        home,
        "etc/org.apache.karaf.management.cfg",
        "rmiServerPort = 44444",
        "rmiServerPort = " + Api.freePort());
    int port = Api.freePort();
    Map<String, String> env = new HashMap<>(environment);
    env.put("EDUDX_HTTP_PORT", Integer.toString(port));
    return new StartedDistribution(home, port, Map.copyOf(env));
  }

  /** Starts it with {@code bin/start} and waits until its health answers UP. */
  void start() throws IOException, InterruptedException {
    run("bin/start");
    Api api = api();
    Poll.until(
        "EduDX answering on port " + port + " (log: " + home.resolve("data/log/karaf.log") + ")",
        START,
        () -> api.get("health"),
        a -> a.status() == 200 && a.json().path("status").asText().equals("UP"));
  }

  /** Where it is unpacked: {@code data/}, {@code etc/} and its scripts are under it. */
  Path home() {
    return home;
  }

  int port() {
    return port;
  }

  /** The base address of the web pages, without a trailing slash. */
  String url() {
    return "http://127.0.0.1:" + port;
  }

  Api api() {
    return new Api(port);
  }

  /** Stops it with {@code bin/stop} and waits until its JVM is gone. */
  void stop() throws IOException, InterruptedException {
    run("bin/stop");
    Poll.until("the Karaf JVM gone", START, this::karafAlive, alive -> !alive);
  }

  /**
   * Kills its JVM outright (SIGKILL: no shutdown hook, no {@code bin/stop}) and waits until it is
   * gone, as a power cut would leave it.
   */
  void kill() throws IOException {
    long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
    ProcessHandle karaf = ProcessHandle.of(pid).orElseThrow();
    karaf.destroyForcibly();
    Poll.until("the killed JVM gone", START, karaf::isAlive, alive -> !alive);
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

  private void run(String script) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(List.of(home.resolve(script).toString()));
    pb.directory(home.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(environment);
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("script-output.log").toFile()));
    pb.start().waitFor();
  }

  private static void replace(Path home, String file, String from, String to) throws IOException {
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

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
