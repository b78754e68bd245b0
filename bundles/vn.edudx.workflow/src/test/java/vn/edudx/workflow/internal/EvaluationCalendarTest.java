package vn.edudx.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.edudx.api.EduDxException.Kind.INVALID;
import static vn.edudx.workflow.internal.Fixture.ADMIN;
import static vn.edudx.workflow.internal.Fixture.PERIOD;
import static vn.edudx.workflow.internal.Fixture.REVIEWER;
import static vn.edudx.workflow.internal.Fixture.SCHOOL_1;
import static vn.edudx.workflow.internal.Fixture.fails;
import static vn.edudx.workflow.internal.Fixture.problem;
import static vn.edudx.workflow.internal.Fixture.value;
import static vn.edudx.workflow.internal.Fixture.values;
import static vn.edudx.workflow.internal.Fixture.vietnam;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.workflow.Action;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.Transition;

/** The calendar of Decision 4725 as K12Online runs it, step by step. */
class EvaluationCalendarTest {

  private final Fixture f = new Fixture();
  private final WorkflowService workflow = f.workflow;

  @Test
  void aSchoolWithNoAssessmentYetBeginsWithAFreshDraftThatIsNotStored() {
    Assessment a = workflow.get("S1", PERIOD, SCHOOL_1);

    assertThat(a.state()).isEqualTo(AssessmentState.DRAFT);
    assertThat(a.revision()).isZero();
    assertThat(a.setId()).isEqualTo(Fakes.SET);
    assertThat(a.setVersion()).isEqualTo(1);
    assertThat(a.external()).isFalse();
    assertThat(f.store.assessments).isEmpty();
    assertThat(workflow.history("S1", PERIOD, SCHOOL_1)).isEmpty();
  }

  @Test
  void theAssessmentIsUnderTheVersionActivatedForThePeriod() {
    f.admin.activations.add(new Activation(Fakes.SET, PERIOD, 3, Instant.EPOCH, "phong.admin"));

    assertThat(workflow.get("S1", PERIOD, SCHOOL_1).setVersion()).isEqualTo(3);
    assertThat(workflow.get("S1", "2023-2024", SCHOOL_1).setVersion()).isEqualTo(1);
    // A period typed another way is the same period.
    assertThat(workflow.get("S1", "2024–2025", SCHOOL_1).period()).isEqualTo(PERIOD);
  }

  @Test
  void draftSubmitReturnEditSubmitApproveRevoke() {
    Instant start = f.clock.now;
    workflow.edit("S1", PERIOD, values(value("4725.1.1", "có")), SCHOOL_1);
    f.later();
    Assessment submitted = workflow.submit("S1", PERIOD, SCHOOL_1);
    assertThat(submitted.state()).isEqualTo(AssessmentState.SUBMITTED);
    assertThat(submitted.submittedAt()).isEqualTo(f.clock.now);
    assertThat(submitted.late()).isFalse();

    f.later();
    Assessment returned =
        workflow.returnToSchool("S1", PERIOD, "  Bổ sung minh chứng tiêu chí 1.4  ", REVIEWER);
    assertThat(returned.state()).isEqualTo(AssessmentState.RETURNED);
    assertThat(returned.reason()).isEqualTo("Bổ sung minh chứng tiêu chí 1.4");
    assertThat(returned.decidedBy()).isEqualTo("phong.duyet");
    // The school sees why.
    assertThat(workflow.get("S1", PERIOD, SCHOOL_1).reason()).contains("tiêu chí 1.4");

    f.later();
    assertThat(workflow.edit("S1", PERIOD, values(value("4725.1.4", "62,5")), SCHOOL_1).state())
        .isEqualTo(AssessmentState.RETURNED);
    f.later();
    workflow.submit("S1", PERIOD, SCHOOL_1);
    f.later();
    Assessment approved = workflow.approve("S1", PERIOD, ADMIN);
    assertThat(approved.state()).isEqualTo(AssessmentState.APPROVED);
    assertThat(approved.approvedScore().total()).isEqualByComparingTo("72.5");
    assertThat(approved.decidedAt()).isEqualTo(f.clock.now);
    assertThat(approved.decidedBy()).isEqualTo("phong.admin");

    f.later();
    Assessment revoked = workflow.revoke("S1", PERIOD, "Số liệu 1.4 chưa khớp", REVIEWER);
    assertThat(revoked.state()).isEqualTo(AssessmentState.RETURNED);
    assertThat(revoked.approvedScore()).isNull();
    assertThat(revoked.reason()).isEqualTo("Số liệu 1.4 chưa khớp");
    assertThat(revoked.revision()).isEqualTo(7);

    List<Transition> history = workflow.history("S1", PERIOD, REVIEWER);
    assertThat(history)
        .extracting(Transition::action, Transition::from, Transition::to, Transition::actor)
        .containsExactly(
            tuple(Action.EDIT_VALUE, null, AssessmentState.DRAFT, "truong.s1"),
            tuple(Action.SUBMIT, AssessmentState.DRAFT, AssessmentState.SUBMITTED, "truong.s1"),
            tuple(
                Action.RETURN, AssessmentState.SUBMITTED, AssessmentState.RETURNED, "phong.duyet"),
            tuple(
                Action.EDIT_VALUE, AssessmentState.RETURNED, AssessmentState.RETURNED, "truong.s1"),
            tuple(Action.SUBMIT, AssessmentState.RETURNED, AssessmentState.SUBMITTED, "truong.s1"),
            tuple(
                Action.APPROVE, AssessmentState.SUBMITTED, AssessmentState.APPROVED, "phong.admin"),
            tuple(
                Action.REVOKE, AssessmentState.APPROVED, AssessmentState.RETURNED, "phong.duyet"));
    assertThat(history.get(0).at()).isEqualTo(start);
    assertThat(history.get(2).reason()).isEqualTo("Bổ sung minh chứng tiêu chí 1.4");
    assertThat(history.get(6).reason()).isEqualTo("Số liệu 1.4 chưa khớp");
    assertThat(history).extracting(Transition::at).isSorted();
  }

  @Test
  void returningAndRevokingNeedAReasonOfAtMost2000Characters() {
    f.submitted("S1", SCHOOL_1);
    long before = f.store.transitions.size();

    fails(() -> workflow.returnToSchool("S1", PERIOD, null, REVIEWER), INVALID, "reason.required");
    fails(
        () -> workflow.returnToSchool("S1", PERIOD, "  \n ", REVIEWER), INVALID, "reason.required");
    fails(
        () -> workflow.returnToSchool("S1", PERIOD, "x".repeat(2001), REVIEWER),
        INVALID,
        "reason.too-long");
    assertThat(workflow.returnToSchool("S1", PERIOD, "x".repeat(2000), REVIEWER).state())
        .isEqualTo(AssessmentState.RETURNED);

    workflow.submit("S1", PERIOD, SCHOOL_1);
    workflow.approve("S1", PERIOD, REVIEWER);
    fails(() -> workflow.revoke("S1", PERIOD, "", REVIEWER), INVALID, "reason.required");
    assertThat(workflow.get("S1", PERIOD, REVIEWER).state()).isEqualTo(AssessmentState.APPROVED);
    assertThat(f.store.transitions).hasSize((int) before + 3);
  }

  @Test
  void theReasonMessageSaysWhatItIsForInBothLanguages() {
    f.submitted("S1", SCHOOL_1);
    Problem p = problem(() -> workflow.returnToSchool("S1", PERIOD, " ", REVIEWER));
    assertThat(p.message().vi()).isEqualTo("Cần ghi lý do khi yêu cầu nhập lại.");
    assertThat(p.message().en()).isEqualTo("A reason is required to return it for changes.");
    assertThat(p.field()).isEqualTo("reason");
  }

  @Test
  void submittingAtOneMinuteToMidnightOnTheLastDayIsOnTime() {
    f.at(vietnam(2025, 5, 31, 23, 59));
    assertThat(workflow.submit("S1", PERIOD, SCHOOL_1).late()).isFalse();
  }

  @Test
  void submittingAtMidnightAfterTheLastDayIsLate() {
    f.at(vietnam(2025, 6, 1, 0, 0));
    Assessment a = workflow.submit("S1", PERIOD, SCHOOL_1);
    assertThat(a.late()).isTrue();
    assertThat(a.submittedAt()).isEqualTo(vietnam(2025, 6, 1, 0, 0));
  }

  @Test
  void aSchoolThatSubmittedOnTimeIsNotLateWhenItResubmitsAfterAReturn() {
    f.at(vietnam(2025, 5, 30, 10, 0));
    workflow.submit("S1", PERIOD, SCHOOL_1);
    f.at(vietnam(2025, 6, 5, 9, 0));
    workflow.returnToSchool("S1", PERIOD, "Thiếu minh chứng", REVIEWER);
    f.at(vietnam(2025, 6, 8, 9, 0));

    Assessment again = workflow.submit("S1", PERIOD, SCHOOL_1);

    assertThat(again.late()).isFalse();
    assertThat(again.submittedAt()).isEqualTo(vietnam(2025, 6, 8, 9, 0));
  }

  @Test
  void aStepInTheWrongStateNamesTheStateAndWhatIsAllowed() {
    fails(() -> workflow.approve("S1", PERIOD, REVIEWER), INVALID, "state.wrong");
    Problem p = problem(() -> workflow.approve("S1", PERIOD, REVIEWER));
    assertThat(p.message().en())
        .isEqualTo("Cannot approve the assessment of unit S1 for 2024-2025: it is a draft.");
    assertThat(p.hint().en()).isEqualTo("You may approve it only when it is: submitted.");
    assertThat(p.message().vi()).contains("“Đang soạn”");
    assertThat(p.hint().vi()).contains("Đã nộp");
    fails(() -> workflow.revoke("S1", PERIOD, "x", REVIEWER), INVALID, "state.wrong");
    fails(() -> workflow.returnToSchool("S1", PERIOD, "x", REVIEWER), INVALID, "state.wrong");

    f.submitted("S1", SCHOOL_1);
    fails(() -> workflow.submit("S1", PERIOD, SCHOOL_1), INVALID, "state.wrong");
    fails(
        () -> workflow.edit("S1", PERIOD, values(value("4725.1.1", "không")), SCHOOL_1),
        INVALID,
        "state.wrong");
    workflow.approve("S1", PERIOD, REVIEWER);
    fails(() -> workflow.approve("S1", PERIOD, REVIEWER), INVALID, "state.wrong");
    fails(() -> workflow.startExternal("S1", PERIOD, REVIEWER), INVALID, "state.wrong");
    fails(
        () -> workflow.edit("S1", PERIOD, values(value("4725.1.1", "không")), SCHOOL_1),
        INVALID,
        "state.wrong");
  }

  @Test
  void theOfficeListsAPeriodsAssessmentsByState() {
    f.submitted("S1", SCHOOL_1);
    workflow.edit("S2", PERIOD, values(value("4725.1.1", "có")), Fixture.SCHOOL_2);

    assertThat(workflow.list(PERIOD, null, REVIEWER))
        .extracting(Assessment::unitCode)
        .containsExactly("S1", "S2");
    assertThat(workflow.list("2024 - 2025", AssessmentState.SUBMITTED, Fixture.LEADER))
        .extracting(Assessment::unitCode)
        .containsExactly("S1");
  }

  @Test
  void deadlinesOfAPeriod() {
    assertThat(workflow.deadlines("2024-2025").submitBy()).hasToString("2025-05-31");
    assertThat(workflow.deadlines("2024-2025").publishBy()).hasToString("2025-06-20");
    fails(() -> workflow.deadlines("năm nay"), INVALID, "period.invalid");
  }
}
