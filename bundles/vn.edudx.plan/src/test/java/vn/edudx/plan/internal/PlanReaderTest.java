package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/** Reading plan definitions: the shipped Ngã Năm plan, and every mistake located by JSON path. */
class PlanReaderTest {

  static final Path RULES = Path.of("../../rules/vn.edudx.rules.ngannam/src/main/resources");
  static final Path SHIPPED = RULES.resolve("plans/ngan-nam-plan-2023-targets.json");

  static IndicatorSet ngannamIndicators() throws IOException {
    return new ObjectMapper()
        .readValue(
            RULES.resolve("indicator-sets/ngan-nam-plan-2023.json").toFile(), IndicatorSet.class);
  }

  static PlanDefinition shipped() throws IOException {
    try (InputStream in = Files.newInputStream(SHIPPED)) {
      return new PlanReader().read(SHIPPED.getFileName().toString(), in, ngannamIndicators());
    }
  }

  @Test
  void theShippedNgaNamPlanReadsWithoutProblems() throws IOException {
    PlanDefinition plan = shipped();

    assertThat(plan.key()).isEqualTo("ngan-nam-plan-2023@1");
    assertThat(plan.baselineYear()).isEqualTo(2022);
    assertThat(plan.finalYear()).isEqualTo(2025);
    assertThat(plan.horizonYear()).isEqualTo(2030);
    assertThat(plan.targets())
        .extracting(PlanTarget::code)
        .containsExactly(
            "ONL-STU",
            "ONL-TEA",
            "REPO",
            "ONL-SHARE-TH",
            "ONL-SHARE-TRH",
            "SMS",
            "REC-STU",
            "REC-TEA",
            "REC-FAC",
            "DB-SYNC",
            "WORK-PGD",
            "WORK-THPT",
            "WORK-OTHER",
            "PS-L4",
            "PS-ONLINE",
            "SAT-LEARNER",
            "SAT-PUBLIC",
            "DIGITAL-ALL-2030");
    assertThat(plan.untracked()).extracting(u -> u.code()).containsExactly("ONL-ALL-2030");
    PlanTarget stu = plan.target("ONL-STU").orElseThrow();
    assertThat(stu.metric().kind()).isEqualTo(MetricKind.RATIO);
    assertThat(stu.metric().indicators())
        .containsExactly("plan.learners-online-means", "plan.learners");
    assertThat(stu.finalTarget()).isEqualByComparingTo("50");
    assertThat(plan.target("ONL-SHARE-TH").orElseThrow().schoolLevels())
        .containsExactly(SchoolLevel.TH);
    assertThat(plan.target("WORK-PGD").orElseThrow().unitTypes()).containsExactly(UnitType.OFFICE);
    assertThat(plan.rules().onTrackTolerance()).isEqualByComparingTo("5");
    assertThat(plan.rules().atRiskBand()).isEqualByComparingTo("15");
  }

  @Test
  void theShippedPlanOverATownWithoutDataSaysNoDataForEveryTargetNeverZero() throws IOException {
    PlanDefinition plan = shipped();
    Fixture town = new Fixture();

    PlanEvaluation e = new YearEvaluator(plan, town.register, town.observations).evaluate(2025);

    assertThat(e.finalYear()).isTrue();
    assertThat(e.summary())
        .containsOnlyKeys(PlanStatus.NO_DATA)
        .containsEntry(PlanStatus.NO_DATA, 18);
    assertThat(e.targets())
        .allSatisfy(
            t -> {
              assertThat(t.town().value()).isNull();
              assertThat(t.status().rule().en()).isNotBlank();
            });
    // The fixture town has no upper-secondary school.
    assertThat(e.targets())
        .filteredOn(t -> t.code().equals("WORK-THPT"))
        .singleElement()
        .satisfies(t -> assertThat(t.town().noDataCode()).isEqualTo("no-covered-unit"));
  }

  @Test
  void anUnknownMetricKindIsLocatedAndNotAlsoReportedMissing() throws IOException {
    List<Problem> problems =
        problems(plan(target("\"kind\": \"MEDIAN\", \"indicator\": \"plan.sms\"", "50")));

    assertThat(problems)
        .extracting(Problem::code, Problem::field, Problem::value)
        .containsExactly(
            tuple("plan.definition.value.unknown", "targets[0].metric.kind", "MEDIAN"));
    assertThat(problems.get(0).hint().en()).contains("RATIO, AVERAGE, SHARE_OF_UNITS, VALUE");
    assertThat(problems.get(0).row()).isNotNull();
  }

  @Test
  void aTargetWithoutAnyTargetValueIsLocated() throws IOException {
    List<Problem> problems =
        problems(plan(target("\"kind\": \"SHARE_OF_UNITS\", \"indicator\": \"plan.sms\"", null)));

    assertThat(problems)
        .extracting(Problem::code, Problem::field)
        .containsExactly(tuple("plan.definition.target.missing", "targets[0].finalTarget"));
    assertThat(problems.get(0).message().vi())
        .isEqualTo("Tệp t.json: chỉ tiêu T1 không có giá trị mục tiêu nào.");
  }

  @Test
  void anIndicatorTheSetDoesNotHaveIsLocated() throws IOException {
    List<Problem> problems =
        problems(
            plan(
                target(
                    "\"kind\": \"RATIO\", \"numerator\": \"plan.learners-online\","
                        + " \"denominator\": \"plan.learners\"",
                    "50")));

    assertThat(problems)
        .extracting(Problem::code, Problem::field, Problem::value)
        .containsExactly(
            tuple(
                "plan.definition.indicator.unknown",
                "targets[0].metric.numerator",
                "plan.learners-online"));
    assertThat(problems.get(0).message().en())
        .isEqualTo(
            "File t.json: indicator set ngan-nam-plan-2023 has no indicator plan.learners-online.");
  }

  @Test
  void anIndicatorOfTheWrongTypeIsLocated() throws IOException {
    List<Problem> problems =
        problems(plan(target("\"kind\": \"AVERAGE\", \"indicator\": \"plan.sms\"", "50")));

    assertThat(problems)
        .extracting(Problem::code, Problem::field)
        .containsExactly(tuple("plan.definition.indicator.type", "targets[0].metric.indicator"));
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    String json =
        plan(
            target("\"kind\": \"MEDIAN\", \"indicator\": \"plan.sms\"", "50")
                + ","
                + target("\"kind\": \"SHARE_OF_UNITS\", \"indicator\": \"plan.sms\"", null)
                    .replace("T1", "T2")
                + ","
                + target("\"kind\": \"AVERAGE\", \"indicator\": \"plan.nothing\"", "120")
                    .replace("T1", "T3"));

    assertThat(problems(json))
        .extracting(Problem::field)
        .containsExactly(
            "targets[0].metric.kind",
            "targets[1].finalTarget",
            "targets[2].finalTarget",
            "targets[2].metric.indicator");
  }

  @Test
  void yearsOutOfOrderAndAMissingIdAreReported() throws IOException {
    String json =
        plan(target("\"kind\": \"SHARE_OF_UNITS\", \"indicator\": \"plan.sms\"", "50"))
            .replace("\"id\": \"p\",", "")
            .replace("\"finalYear\": 2025", "\"finalYear\": 2035");

    assertThat(problems(json))
        .extracting(Problem::code, Problem::field)
        .containsExactly(
            tuple("plan.definition.required", "id"),
            tuple("plan.definition.years", "baselineYear"));
  }

  @Test
  void brokenJsonIsReportedWithItsLine() throws IOException {
    List<Problem> problems = problems("{\n  \"id\": \"p\",\n  \"version\": }");

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("plan.definition.syntax");
              assertThat(p.row()).isEqualTo(3);
            });
  }

  private static List<Problem> problems(String json) throws IOException {
    IndicatorSet set = ngannamIndicators();
    EduDxException e =
        assertThatExceptionOfType(EduDxException.class)
            .isThrownBy(
                () ->
                    new PlanReader()
                        .read(
                            "t.json",
                            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                            set))
            .actual();
    assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
    return e.problems();
  }

  private static String plan(String targets) {
    return """
        {
          "id": "p",
          "version": 1,
          "title": {"vi": "Kế hoạch", "en": "Plan"},
          "indicatorSet": "ngan-nam-plan-2023",
          "baselineYear": 2022,
          "finalYear": 2025,
          "horizonYear": 2030,
          "targets": [%s]
        }
        """
        .formatted(targets);
  }

  private static String target(String metric, String finalTarget) {
    return """
        {
          "code": "T1",
          "name": {"vi": "Chỉ tiêu", "en": "Target"},
          "metric": {%s},
          "unitTypes": ["SCHOOL"],
          "schoolLevels": ["TH"]%s
        }
        """
        .formatted(metric, finalTarget == null ? "" : ", \"finalTarget\": " + finalTarget);
  }
}
