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
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.TaskStatus;
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
    // The 15 tasks of section III the plan asks to follow, each answered by the office.
    assertThat(plan.tasks())
        .extracting(PlanTask::code)
        .containsExactly(
            "FIBRE",
            "SMART-ROOMS",
            "BLENDED",
            "REPOSITORY",
            "SOCIAL",
            "PUBLIC-SERVICES",
            "AI-PAPERLESS",
            "SECTOR-DB",
            "SCHOOL-PLATFORM",
            "E-RECORDS",
            "REALTIME",
            "DIGITAL-SKILLS",
            "STEM",
            "PPP",
            "DX-INDEX");
    PlanTask fibre = plan.task("FIBRE").orElseThrow();
    assertThat(fibre.section()).isEqualTo("III.1.b");
    assertThat(fibre.indicator()).isEqualTo("plan.task.fibre");
    assertThat(fibre.unitTypes()).containsExactly(UnitType.OFFICE);
    assertThat(plan.dueYearOf(fibre)).isEqualTo(2025);
    assertThat(plan.task("PUBLIC-SERVICES").orElseThrow().relatedTargets())
        .containsExactly("PS-L4", "PS-ONLINE");
    assertThat(plan.tasks())
        .allSatisfy(
            t -> {
              assertThat(t.section()).startsWith("III.");
              assertThat(t.name().vi()).isNotBlank();
              assertThat(t.name().en()).isNotBlank();
              assertThat(t.indicator()).startsWith("plan.task.");
            });
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
    assertThat(e.taskSummary())
        .containsOnlyKeys(TaskStatus.NO_DATA)
        .containsEntry(TaskStatus.NO_DATA, 15);
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
  void aTargetForSchoolsWithoutALevelIsLocatedRatherThanCountingNoSchool() throws IOException {
    List<Problem> problems =
        problems(
            plan(
                target("\"kind\": \"SHARE_OF_UNITS\", \"indicator\": \"plan.sms\"", "50")
                    .replace("\"schoolLevels\": [\"TH\"]", "\"schoolLevels\": []")));

    assertThat(problems)
        .extracting(Problem::code, Problem::field)
        .containsExactly(tuple("plan.definition.levels.missing", "targets[0].schoolLevels"));
    assertThat(problems.get(0).message().en())
        .isEqualTo(
            "File t.json: target T1 counts schools but names no school level, so it would count"
                + " none.");
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

  @Test
  void aTaskWithADuplicateCodeAnUnknownIndicatorOrAnUnknownRelatedTargetIsLocated()
      throws IOException {
    String json =
        plan(
            target("\"kind\": \"SHARE_OF_UNITS\", \"indicator\": \"plan.sms\"", "50"),
            task("FIBRE", "plan.task.fibre", "\"relatedTargets\": [\"T1\", \"NOPE\"]"),
            task("T1", "plan.task.stem", null),
            task("FIBRE", "plan.task.nothing", null));

    List<Problem> problems = problems(json);

    assertThat(problems)
        .extracting(Problem::code, Problem::field, Problem::value)
        .containsExactly(
            tuple("plan.definition.task.target.unknown", "tasks[0].relatedTargets[1]", "NOPE"),
            tuple("plan.definition.task.code.duplicate", "tasks[1].code", "T1"),
            tuple("plan.definition.task.code.duplicate", "tasks[2].code", "FIBRE"),
            tuple("plan.definition.indicator.unknown", "tasks[2].indicator", "plan.task.nothing"));
    assertThat(problems.get(0).message().en())
        .isEqualTo(
            "File t.json: task FIBRE names the related target NOPE, which the plan does not have.");
    assertThat(problems.get(0).hint().vi()).contains("relatedTargets");
  }

  @Test
  void aTaskIndicatorThatIsNotAChoiceOfTheThreeAnswersIsLocated() throws IOException {
    List<Problem> problems =
        problems(
            plan(
                target("\"kind\": \"SHARE_OF_UNITS\", \"indicator\": \"plan.sms\"", "50"),
                task("FIBRE", "plan.sms", null)));

    assertThat(problems)
        .extracting(Problem::code, Problem::field, Problem::value)
        .containsExactly(
            tuple("plan.definition.task.indicator.choice", "tasks[0].indicator", "plan.sms"));
    assertThat(problems.get(0).message().en())
        .isEqualTo(
            "File t.json: indicator plan.sms is of type BOOLEAN with the answers [], but a task"
                + " needs a choice indicator with exactly the three answers DONE, IN_PROGRESS,"
                + " NOT_STARTED.");
    assertThat(problems.get(0).hint().en()).contains("\"allowed\": [\"DONE\"");
  }

  @Test
  void aTaskWithoutSectionOrNameAndDueAfterTheHorizonIsLocated() throws IOException {
    String json =
        plan(
            target("\"kind\": \"SHARE_OF_UNITS\", \"indicator\": \"plan.sms\"", "50"),
            """
            {"code": "X", "section": " ", "name": {"vi": "Nhiệm vụ", "en": ""},
             "indicator": "plan.task.fibre", "dueYear": 2031}
            """);

    assertThat(problems(json))
        .extracting(Problem::code, Problem::field)
        .containsExactly(
            tuple("plan.definition.required", "tasks[0].section"),
            tuple("plan.definition.required", "tasks[0].name.en"),
            tuple("plan.definition.task.due", "tasks[0].dueYear"));
  }

  @Test
  void aTaskWithoutUnitTypesIsTheOfficesAndWithoutDueYearIsDueInTheFinalYear() throws IOException {
    String json =
        plan(
            target("\"kind\": \"SHARE_OF_UNITS\", \"indicator\": \"plan.sms\"", "50"),
            task("FIBRE", "plan.task.fibre", null));

    PlanDefinition plan =
        new PlanReader()
            .read(
                "t.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ngannamIndicators());

    PlanTask t = plan.tasks().get(0);
    assertThat(t.unitTypes()).containsExactly(UnitType.OFFICE);
    assertThat(t.relatedTargets()).isEmpty();
    assertThat(plan.dueYearOf(t)).isEqualTo(2025);
  }

  private static String plan(String targets, String... tasks) {
    return plan(targets)
        .replace(
            "\"targets\": [", "\"tasks\": [" + String.join(",", tasks) + "],\n  \"targets\": [");
  }

  private static String task(String code, String indicator, String extra) {
    return """
        {"code": "%s", "section": "III.1.b", "name": {"vi": "Nhiệm vụ", "en": "Task"},
         "indicator": "%s"%s}
        """
        .formatted(code, indicator, extra == null ? "" : ", " + extra);
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
