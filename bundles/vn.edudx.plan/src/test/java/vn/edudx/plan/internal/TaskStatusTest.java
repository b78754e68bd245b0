package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.TaskEvaluation;
import vn.edudx.api.plan.TaskReport;
import vn.edudx.api.plan.TaskStatus;
import vn.edudx.api.unit.UnitType;

/**
 * A task's status from the office's answers: each status with the rule that decided it, two
 * offices, an office that did not report, overdue around the due year, and the evidence split into
 * items.
 */
class TaskStatusTest {

  private static final String I = "plan.task.fibre";

  private static PlanTask task(Integer due) {
    return new PlanTask(
        "FIBRE",
        "III.1.b",
        new LocalizedText("Cáp quang", "Fibre"),
        "text",
        I,
        null,
        due,
        List.of("ONL-STU"));
  }

  private static final PlanTask FIBRE = task(null);

  private static TaskEvaluation evaluate(Fixture f, PlanTask t, int year) {
    return new YearEvaluator(Fixture.plan(), f.register, f.observations).evaluate(t, year);
  }

  /** The fixture town with a second education office. */
  private static Fixture twoOffices() {
    Fixture f = new Fixture();
    f.register.add(Fixture.unit("PGD2", "Phòng GD&ĐT 2", UnitType.OFFICE, null, "T"));
    return f;
  }

  @Test
  void theOfficeReportingDoneMakesTheTaskDoneWithItsEvidenceNoteAndSource() {
    Fixture f =
        new Fixture()
            .put(
                2025,
                "PGD",
                I,
                "DONE",
                "https://pgd.example/vb/2025-12 ; 12/BC-PGDĐT\n\n  https://pgd.example/vb/anh ;;",
                " 30/30 trường có cáp quang ");

    TaskEvaluation e = evaluate(f, FIBRE, 2025);

    assertThat(e.status()).isEqualTo(TaskStatus.DONE);
    assertThat(e.rule().vi())
        .isEqualTo("Đã hoàn thành: cả 1 đơn vị thuộc phạm vi đều báo cáo đã hoàn thành năm 2025.");
    assertThat(e.rule().en())
        .isEqualTo("Done: all 1 covered unit(s) reported the task done for 2025.");
    assertThat(e.dueYear()).isEqualTo(2025);
    assertThat(e.overdue()).isFalse();
    // Only the office is covered (no unit types given): the schools are not listed.
    assertThat(e.reports())
        .containsExactly(
            new TaskReport(
                "PGD",
                "Phòng GD&ĐT Ngã Năm",
                TaskStatus.DONE,
                List.of(
                    "https://pgd.example/vb/2025-12", "12/BC-PGDĐT", "https://pgd.example/vb/anh"),
                "30/30 trường có cáp quang"));
    assertThat(e.inputs())
        .singleElement()
        .satisfies(
            in -> {
              assertThat(in.unit()).isEqualTo("PGD");
              assertThat(in.indicator()).isEqualTo(I);
              assertThat(in.value()).isEqualTo("DONE");
              assertThat(in.provenance().origin()).isEqualTo("fixture.csv");
            });
  }

  @Test
  void evidenceIsSplitOnSemicolonsLineBreaksAndAroundLinksInItsOrder() {
    assertThat(TaskEvaluator.evidence("b a;c\r\nd\t e ;")).containsExactly("b a", "c", "d e");
    assertThat(
            TaskEvaluator.evidence(
                "Số 70/BC-PGDĐT ngày 5/3/2025 https://pgd.example/a  https://pgd.example/b kèm"
                    + " phụ lục\nKH 12/KH-PGDĐT"))
        .containsExactly(
            "Số 70/BC-PGDĐT ngày 5/3/2025",
            "https://pgd.example/a",
            "https://pgd.example/b",
            "kèm phụ lục",
            "KH 12/KH-PGDĐT");
    assertThat(TaskEvaluator.evidence(" ; \n")).isEmpty();
    assertThat(TaskEvaluator.evidence(null)).isEmpty();
  }

  @Test
  void inProgressIsOverdueOnlyFromTheDueYear() {
    Fixture f = new Fixture().put(2024, "PGD", I, "IN_PROGRESS").put(2025, "PGD", I, "IN_PROGRESS");

    TaskEvaluation y2024 = evaluate(f, FIBRE, 2024);
    TaskEvaluation y2025 = evaluate(f, FIBRE, 2025);

    assertThat(y2024.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(y2024.rule().vi())
        .isEqualTo(
            "Đang thực hiện: năm 2024, trong 1 đơn vị đã báo cáo có 0 đã hoàn thành, 1 đang thực"
                + " hiện, 0 chưa thực hiện.");
    assertThat(y2024.overdue()).isFalse();
    assertThat(y2025.overdue()).isTrue();
    // No evidence and no note: an empty list and null, never "".
    assertThat(y2025.reports().get(0).evidence()).isEmpty();
    assertThat(y2025.reports().get(0).note()).isNull();
  }

  @Test
  void notStartedIsNotStartedAndTheTasksOwnDueYearDecidesOverdue() {
    PlanTask due2023 = task(2023);
    Fixture f =
        new Fixture()
            .put(2022, "PGD", I, "NOT_STARTED")
            .put(2023, "PGD", I, "NOT_STARTED")
            .put(2024, "PGD", I, "DONE");

    TaskEvaluation y2022 = evaluate(f, due2023, 2022);
    TaskEvaluation y2023 = evaluate(f, due2023, 2023);
    TaskEvaluation y2024 = evaluate(f, due2023, 2024);

    assertThat(y2022.status()).isEqualTo(TaskStatus.NOT_STARTED);
    assertThat(y2022.rule().vi())
        .isEqualTo("Chưa thực hiện: 1 đơn vị đã báo cáo năm 2022 đều chưa thực hiện.");
    assertThat(y2022.dueYear()).isEqualTo(2023);
    assertThat(y2022.overdue()).isFalse();
    assertThat(y2023.overdue()).isTrue();
    // Done late is done: no longer overdue.
    assertThat(y2024.status()).isEqualTo(TaskStatus.DONE);
    assertThat(y2024.overdue()).isFalse();
  }

  @Test
  void nobodyReportingIsNoDataWithItsReasonNeverNotStarted() {
    Fixture f = new Fixture().put(2024, "PGD", I, "NOT_STARTED");

    TaskEvaluation e = evaluate(f, FIBRE, 2025);

    assertThat(e.status()).isEqualTo(TaskStatus.NO_DATA);
    assertThat(e.rule().vi())
        .isEqualTo(
            "Chưa có số liệu: không đơn vị nào báo cáo tiến độ nhiệm vụ (chỉ số plan.task.fibre)"
                + " năm 2025; 1 đơn vị thuộc phạm vi chưa báo cáo: PGD.");
    assertThat(e.rule().en())
        .isEqualTo(
            "No data: no unit reported the task's progress (indicator plan.task.fibre) for 2025;"
                + " 1 covered unit(s) did not report: PGD.");
    assertThat(e.overdue()).isTrue();
    assertThat(e.reports())
        .extracting(TaskReport::unit, TaskReport::status)
        .containsExactly(tuple("PGD", TaskStatus.NO_DATA));
    assertThat(e.inputs()).isEmpty();
  }

  @Test
  void aTaskNoUnitOfTheRegisterCoversIsNoDataAndSaysSo() {
    PlanTask department =
        new PlanTask(
            "DEP",
            "III.6",
            LocalizedText.of("Sở"),
            null,
            I,
            Set.of(UnitType.DEPARTMENT),
            null,
            null);

    TaskEvaluation e = evaluate(new Fixture().put(2025, "PGD", I, "DONE"), department, 2025);

    assertThat(e.status()).isEqualTo(TaskStatus.NO_DATA);
    assertThat(e.rule().vi())
        .isEqualTo(
            "Chưa có số liệu: năm 2025, danh mục không có đơn vị nào thuộc phạm vi của nhiệm vụ.");
    assertThat(e.reports()).isEmpty();
  }

  @Test
  void twoOfficesDoneIsDoneOneNotStartedMakesItInProgressBothNotStartedIsNotStarted() {
    Fixture f =
        twoOffices()
            .put(2023, "PGD", I, "DONE")
            .put(2023, "PGD2", I, "DONE")
            .put(2024, "PGD", I, "DONE")
            .put(2024, "PGD2", I, "NOT_STARTED")
            .put(2022, "PGD", I, "NOT_STARTED")
            .put(2022, "PGD2", I, "NOT_STARTED");

    TaskEvaluation done = evaluate(f, FIBRE, 2023);
    TaskEvaluation mixed = evaluate(f, FIBRE, 2024);
    TaskEvaluation notStarted = evaluate(f, FIBRE, 2022);

    assertThat(done.status()).isEqualTo(TaskStatus.DONE);
    assertThat(done.rule().vi()).startsWith("Đã hoàn thành: cả 2 đơn vị thuộc phạm vi");
    assertThat(mixed.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(mixed.rule().vi())
        .isEqualTo(
            "Đang thực hiện: năm 2024, trong 2 đơn vị đã báo cáo có 1 đã hoàn thành, 0 đang thực"
                + " hiện, 1 chưa thực hiện.");
    assertThat(mixed.reports())
        .extracting(TaskReport::unit, TaskReport::status)
        .containsExactly(tuple("PGD", TaskStatus.DONE), tuple("PGD2", TaskStatus.NOT_STARTED));
    assertThat(mixed.inputs()).hasSize(2);
    assertThat(notStarted.status()).isEqualTo(TaskStatus.NOT_STARTED);
    assertThat(notStarted.rule().vi())
        .isEqualTo("Chưa thực hiện: 2 đơn vị đã báo cáo năm 2022 đều chưa thực hiện.");
  }

  @Test
  void aCoveredOfficeThatDidNotReportKeepsTheTaskAtBestInProgress() {
    Fixture f = twoOffices().put(2025, "PGD", I, "DONE").put(2024, "PGD", I, "NOT_STARTED");

    TaskEvaluation e = evaluate(f, FIBRE, 2025);
    TaskEvaluation notStarted = evaluate(f, FIBRE, 2024);

    assertThat(e.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(e.rule().vi())
        .isEqualTo(
            "Đang thực hiện: năm 2025, trong 1 đơn vị đã báo cáo có 1 đã hoàn thành, 0 đang thực"
                + " hiện, 0 chưa thực hiện. Còn 1/2 đơn vị thuộc phạm vi chưa báo cáo (PGD2); khi"
                + " còn đơn vị chưa báo cáo, nhiệm vụ nhiều nhất là đang thực hiện.");
    assertThat(e.rule().en())
        .endsWith(
            "1 of 2 covered unit(s) did not report (PGD2); while a unit has not reported, the task"
                + " is at best in progress.");
    assertThat(e.reports())
        .containsExactly(
            new TaskReport("PGD", "Phòng GD&ĐT Ngã Năm", TaskStatus.DONE, List.of(), null),
            new TaskReport("PGD2", "Phòng GD&ĐT 2", TaskStatus.NO_DATA, List.of(), null));
    assertThat(e.overdue()).isTrue();
    // Not started where one office reported and the other did not: still not started.
    assertThat(notStarted.status()).isEqualTo(TaskStatus.NOT_STARTED);
    assertThat(notStarted.rule().vi()).contains("Còn 1/2 đơn vị thuộc phạm vi chưa báo cáo (PGD2)");
  }

  @Test
  void anAnswerThatIsNoneOfTheThreeCountsAsNotReported() {
    Fixture f = new Fixture().put(2025, "PGD", I, "MAYBE");

    assertThat(evaluate(f, FIBRE, 2025).status()).isEqualTo(TaskStatus.NO_DATA);
  }

  @Test
  void theEvaluationCountsTheTasksByStatusInDeclarationOrder() {
    PlanTask stem =
        new PlanTask(
            "STEM", "III.4", LocalizedText.of("STEM"), null, "plan.task.stem", null, null, null);
    PlanTask ppp =
        new PlanTask(
            "PPP", "III.5", LocalizedText.of("PPP"), null, "plan.task.ppp", null, null, null);
    Fixture f =
        new Fixture()
            .put(2025, "PGD", "plan.task.stem", "NOT_STARTED")
            .put(2025, "PGD", I, "DONE")
            // A school's answer is not the office's: the task covers offices only.
            .put(2025, "S1", "plan.task.ppp", "DONE");
    var plan = Fixture.plan();
    plan =
        new vn.edudx.api.plan.PlanDefinition(
            plan.id(),
            plan.version(),
            plan.title(),
            plan.legalBasis(),
            plan.indicatorSet(),
            plan.baselineYear(),
            plan.finalYear(),
            plan.horizonYear(),
            plan.rules(),
            plan.targets(),
            plan.untracked(),
            List.of(stem, FIBRE, ppp),
            plan.note());

    PlanEvaluation e = new YearEvaluator(plan, f.register, f.observations).evaluate(2025);

    assertThat(e.tasks())
        .extracting(TaskEvaluation::code, TaskEvaluation::status)
        .containsExactly(
            tuple("STEM", TaskStatus.NOT_STARTED),
            tuple("FIBRE", TaskStatus.DONE),
            tuple("PPP", TaskStatus.NO_DATA));
    assertThat(e.taskSummary().keySet())
        .containsExactly(TaskStatus.DONE, TaskStatus.NOT_STARTED, TaskStatus.NO_DATA);
    assertThat(e.taskSummary().values()).containsExactly(1, 1, 1);
  }
}
