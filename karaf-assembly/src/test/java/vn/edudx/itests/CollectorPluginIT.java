package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;

/**
 * The plug-in proof: the example collector, absent from the running distribution, is installed with
 * its feature, starts contributing a value with no restart, and goes away when uninstalled. Its
 * value is for 2020, a year no other test reads.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CollectorPluginIT extends EduDxTestSupport {

  private static final String FEATURE = "edudx-collector-example";
  private static final Duration INSTALLED = Duration.ofSeconds(90);
  // Refreshing other bundles (this probe among them) is not what a plug-in should need.
  private static final EnumSet<FeaturesService.Option> NO_REFRESH =
      EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

  @Inject
  @Filter(timeout = 180_000)
  private FeaturesService features;

  @Inject
  @Filter(timeout = 180_000)
  private ObservationStore observations;

  private Api api;

  @Before
  public void demoLoaded() {
    api = admin(); // here, not in a field: the class is also instantiated outside Karaf
    awaitDemoData();
  }

  @Test
  public void theExampleCollectorInstalledAtRunTimeContributesAValueAndLeavesWhenUninstalled()
      throws Exception {
    assertNull("not installed with edudx", example());

    features.installFeature(FEATURE, NO_REFRESH);
    JsonNode status =
        Poll.until(
            "the example collector running and accepted",
            INSTALLED,
            this::example,
            c ->
                c != null
                    && "RUNNING".equals(c.path("state").asText())
                    && c.path("accepted").asInt() >= 1);
    assertEquals(status.toString(), "default", status.path("instance").asText());
    Observation value =
        Poll.until(
            "the example value stored for NN-PGD in 2020",
            INSTALLED,
            () ->
                observations.current("2020", List.of("NN-PGD")).stream()
                    .filter(o -> o.indicatorCode().equals("plan.satisfaction-public"))
                    .findFirst()
                    .orElse(null),
            o -> o != null);
    assertEquals(80.0, Double.parseDouble(value.value()), 0);

    features.uninstallFeature(FEATURE, NO_REFRESH);
    // Its routes are gone; its stored deliveries keep it listed as a source without routes.
    JsonNode gone =
        Poll.until(
            "the example collector's routes gone",
            INSTALLED,
            this::example,
            c -> c != null && "ON_DEMAND".equals(c.path("state").asText()));
    assertEquals(gone.toString(), 0, gone.path("routes").size());
    assertTrue(gone.toString(), gone.path("accepted").asInt() >= 1);
  }

  /** The example collector's status, or {@code null} when it is not there. */
  private JsonNode example() {
    for (JsonNode c : api.ok("collectors").path("items")) {
      if ("example".equals(c.path("id").asText())) {
        return c;
      }
    }
    return null;
  }
}
