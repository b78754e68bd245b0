package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.TaskEvaluation;
import vn.edudx.api.plan.TaskStatus;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitType;

/**
 * The shipped plan's tasks over the office's answers in the demo files, so that the counts
 * docs/plans.md gives for 2025 are the evaluator's: 8 done, 4 in progress, 2 not started, and the
 * digital-transformation index without data (the office has not reported it yet).
 */
class ShippedTasksOnDemoDataTest {

  private static final Path DEMO = Path.of("../vn.edudx.demo/src/main/resources/demo");
  private static final OrgUnit OFFICE =
      new OrgUnit(
          "NN-PGD", "Phòng GD&ĐT Ngã Năm", UnitType.OFFICE, null, "NN", null, null, null, "demo");

  /** The office's task rows of each year's file, as the store would hold them. */
  private static Map<Integer, List<Observation>> officeTasks() throws IOException {
    Map<Integer, List<Observation>> byYear = new HashMap<>();
    long id = 1;
    for (int year = 2022; year <= 2025; year++) {
      String file = "observations-" + year + ".csv";
      List<String> lines = Files.readAllLines(DEMO.resolve(file), StandardCharsets.UTF_8);
      for (int row = 1; row < lines.size(); row++) {
        String[] f = lines.get(row).split(";", -1);
        if (f[0].equals("NN-PGD") && f[2].startsWith("plan.task.")) {
          byYear
              .computeIfAbsent(year, y -> new ArrayList<>())
              .add(
                  new Observation(
                      id++,
                      f[0],
                      f[1],
                      f[2],
                      f[3],
                      f[4],
                      f[5],
                      new Provenance(year, "demo", null, file, row + 1, Instant.EPOCH, "demo")));
        }
      }
    }
    return byYear;
  }

  @Test
  void theDemoOfficeReportsTheTasksAsDocsSay() throws IOException {
    PlanDefinition plan = PlanReaderTest.shipped();
    YearEvaluator evaluator = new YearEvaluator(plan, List.of(OFFICE), officeTasks());

    PlanEvaluation y2022 = evaluator.evaluate(2022);
    PlanEvaluation y2025 = evaluator.evaluate(2025);

    // In the order of the statuses: the summary is an EnumMap.
    assertThat(y2022.taskSummary())
        .containsExactly(entry(TaskStatus.IN_PROGRESS, 2), entry(TaskStatus.NOT_STARTED, 13));
    assertThat(y2025.taskSummary())
        .containsEntry(TaskStatus.DONE, 8)
        .containsEntry(TaskStatus.IN_PROGRESS, 4)
        .containsEntry(TaskStatus.NOT_STARTED, 2)
        .containsEntry(TaskStatus.NO_DATA, 1);
    assertThat(y2025.tasks())
        .filteredOn(t -> t.status() == TaskStatus.NO_DATA)
        .extracting(TaskEvaluation::code)
        .containsExactly("DX-INDEX");
    // 2025 is the due year: the 7 tasks not done are overdue.
    assertThat(y2025.tasks().stream().filter(TaskEvaluation::overdue).count()).isEqualTo(7);
    TaskEvaluation fibre = y2025.tasks().get(0);
    assertThat(fibre.reports())
        .extracting(r -> r.unit(), r -> r.status(), r -> r.evidence(), r -> r.note())
        .containsExactly(
            tuple(
                "NN-PGD",
                TaskStatus.DONE,
                List.of("https://pgd.nganam.edu.vn/van-ban/2025-70-bc-pgddt", "70/BC-PGDĐT"),
                "30/30 trường có cáp quang"));
    assertThat(fibre.inputs().get(0).provenance().origin()).isEqualTo("observations-2025.csv");
  }
}
