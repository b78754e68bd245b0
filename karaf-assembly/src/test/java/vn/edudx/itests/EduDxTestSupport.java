package vn.edudx.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.time.Duration;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/**
 * What the Pax Exam tests share: one boot of the distribution this module builds (the suite runs
 * {@code PerSuite}), in demo mode, on free ports, and a wait until the demo data are scored.
 */
public abstract class EduDxTestSupport {

  static final Duration BOOT = Duration.ofMinutes(3);

  // Chosen once, so that every test class of the suite describes the same container.
  private static final String HTTP_PORT = Integer.toString(Api.freePort());
  private static final String SSH_PORT = Integer.toString(Api.freePort());
  private static final String RMI_REGISTRY_PORT = Integer.toString(Api.freePort());
  private static final String RMI_SERVER_PORT = Integer.toString(Api.freePort());

  @Configuration
  public Option[] config() {
    String port = HTTP_PORT;
    return new Option[] {
      karafDistributionConfiguration()
          .frameworkUrl(new File(System.getProperty("edudx.distribution")).toURI().toString())
          .karafVersion(System.getProperty("karaf.version"))
          .name("EduDX")
          .unpackDirectory(new File(System.getProperty("edudx.work"), "pax-exam"))
          .useDeployFolder(false),
      keepRuntimeFolder(),
      configureConsole().ignoreLocalConsole(),
      logLevel(LogLevelOption.LogLevel.INFO),
      editConfigurationFilePut("etc/vn.edudx.demo.cfg", "enabled", "true"),
      // The plan counts the town's units, as in production; the office's leadership publishes it.
      editConfigurationFilePut("etc/vn.edudx.plan.cfg", "area", "NN"),
      editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port),
      editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", SSH_PORT),
      editConfigurationFilePut(
          "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", RMI_REGISTRY_PORT),
      editConfigurationFilePut(
          "etc/org.apache.karaf.management.cfg", "rmiServerPort", RMI_SERVER_PORT),
      // Pax Exam's own bundles come from the Maven repository the build uses.
      editConfigurationFilePut(
          "etc/org.ops4j.pax.url.mvn.cfg",
          "org.ops4j.pax.url.mvn.localRepository",
          System.getProperty("maven.repo.local")),
      systemProperty("edudx.it.port").value(port)
    };
  }

  protected static Api api() {
    return new Api(Integer.getInteger("edudx.it.port"));
  }

  /** The API as the demo office administrator, once the demo users exist. */
  protected static Api admin() {
    return signedIn("admin");
  }

  /** The API as a demo user, waiting until the demo users exist. */
  protected static Api signedIn(String username) {
    Api anonymous = api();
    awaitDemoUsers(anonymous, BOOT);
    return anonymous.as(username);
  }

  /**
   * Waits, by reading health, until the demo users exist: trying to sign in before would count as
   * failed logins and lock the user out.
   */
  static void awaitDemoUsers(Api api, Duration deadline) {
    Poll.until(
        "the demo users created",
        deadline,
        () -> demoUsers(api.get("health").json()),
        n -> n >= Api.DEMO_PASSWORDS.size());
  }

  private static int demoUsers(JsonNode health) {
    for (JsonNode part : health.path("parts")) {
      if (part.path("name").asText().equals("security")) {
        return part.path("facts").path("users").asInt();
      }
    }
    return 0;
  }

  /**
   * Waits until the demo's seven files (three school years, four calendar years of the plan) are
   * stored and 2024-2025 is ranked.
   */
  protected static void awaitDemoData() {
    Poll.until(
        "health UP",
        BOOT,
        () -> api().get("health"),
        a -> a.status() == 200 && "UP".equals(a.json().path("status").asText()));
    Api api = admin();
    Poll.until(
        "the demo files accepted",
        BOOT,
        () -> api.ok("imports?limit=500").path("items"),
        items -> count(items, "demo", "ACCEPTED") == 7);
    Poll.until(
        "2024-2025 ranked",
        BOOT,
        () -> api.ok("rankings?period=2024-2025"),
        r -> r.path("count").asInt() >= 22);
  }

  static int count(JsonNode imports, String collector, String status) {
    int n = 0;
    for (JsonNode b : imports) {
      if (collector.equals(b.path("collector").asText())
          && status.equals(b.path("status").asText())) {
        n++;
      }
    }
    return n;
  }
}
