package vn.edudx.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;

/**
 * The survey and public-services collectors of the assembled distribution: a file dropped in their
 * folders is added up and stored as the plan's indicators, traced to the file, and each collector
 * reports its status. The year 2021 is before the demo's plan data, so no figure another test
 * checks moves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AggregatingCollectorsIT extends EduDxTestSupport {

  private static final Duration PROCESSED = Duration.ofSeconds(60);

  @Inject
  @Filter(timeout = 180_000)
  private ObservationStore observations;

  private Api api;

  @Before
  public void demoLoaded() {
    api = admin(); // here, not in a field: the class is also instantiated outside Karaf
    awaitDemoData();
  }

  private static void drop(String folder, String name, String content) throws IOException {
    Path inbox = Path.of(System.getProperty("karaf.data"), "edudx", folder);
    Files.createDirectories(inbox);
    Path part = inbox.resolve(name + ".part");
    Files.writeString(part, content, StandardCharsets.UTF_8);
    Files.move(part, inbox.resolve(name));
  }

  private JsonNode importOf(String file) {
    return Poll.until(
        file + " processed",
        PROCESSED,
        () -> {
          for (JsonNode b : api.ok("imports?limit=500").path("items")) {
            if (file.equals(b.path("file").asText())) {
              return b;
            }
          }
          return null;
        },
        b -> b != null);
  }

  private Map<String, String> values(String unit) {
    Map<String, String> byIndicator = new HashMap<>();
    for (Observation o : observations.current("2021", List.of(unit))) {
      byIndicator.put(o.indicatorCode(), o.value());
    }
    return byIndicator;
  }

  @Test
  public void aSurveyExportBecomesThePercentSatisfiedPerUnit() throws IOException {
    drop(
        "surveys",
        "khao-sat-2021.csv",
        "\uFEFFMã đơn vị;Năm;Đối tượng;Hài lòng\r\n"
            + "NN-TH-01;2021;LEARNER;có\r\n"
            + "NN-TH-01;2021;LEARNER;có\r\n"
            + "NN-TH-01;2021;PARENT;x\r\n"
            + "NN-TH-01;2021;PARENT;không\r\n"
            + "NN-PGD;2021;CITIZEN;1\r\n"
            + "NN-PGD;2021;ORGANISATION;0\r\n");

    JsonNode batch = importOf("khao-sat-2021.csv");
    assertEquals(batch.toString(), "ACCEPTED", batch.path("status").asText());
    // 3 of 4 learners and parents; 1 of 2 citizens and organisations.
    assertEquals(75.0, Double.parseDouble(values("NN-TH-01").get("plan.satisfaction-learners")), 0);
    assertEquals(50.0, Double.parseDouble(values("NN-PGD").get("plan.satisfaction-public")), 0);

    JsonNode status = collector("survey");
    assertEquals(status.toString(), "RUNNING", status.path("state").asText());
    assertTrue(status.toString(), status.path("accepted").asInt() >= 1);
  }

  @Test
  public void procedureStatisticsBecomeTheCountsOfTheOnlineServiceRatios() throws IOException {
    drop(
        "public-services",
        "thu-tuc-2021.csv",
        "unit,period,procedure,name,level,eligible,applications_total,applications_online\r\n"
            + "NN-PGD,2021,1.005097,\"Cấp bản sao văn bằng, chứng chỉ\",4,có,120,90\r\n"
            + "NN-PGD,2021,1.005098,Chuyển trường,3,có,40,10\r\n"
            + "NN-PGD,2021,1.005099,Xét tuyển,2,có,30,0\r\n"
            + "NN-PGD,2021,1.005100,Công nhận,,không,10,0\r\n");

    JsonNode batch = importOf("thu-tuc-2021.csv");
    assertEquals(batch.toString(), "ACCEPTED", batch.path("status").asText());
    Map<String, String> office = values("NN-PGD");
    assertEquals(3, Double.parseDouble(office.get("plan.procedures-eligible")), 0);
    assertEquals(2, Double.parseDouble(office.get("plan.procedures-full-online")), 0);
    assertEquals(200, Double.parseDouble(office.get("plan.applications")), 0);
    assertEquals(100, Double.parseDouble(office.get("plan.applications-online")), 0);

    JsonNode status = collector("publicservices");
    assertEquals(status.toString(), "RUNNING", status.path("state").asText());
  }

  private JsonNode collector(String id) {
    return Poll.until(
        "the status of " + id,
        PROCESSED,
        () -> {
          for (JsonNode c : api.ok("collectors").path("items")) {
            if (id.equals(c.path("id").asText())) {
              return c;
            }
          }
          return null;
        },
        c -> c != null && c.path("accepted").asInt() >= 1);
  }
}
