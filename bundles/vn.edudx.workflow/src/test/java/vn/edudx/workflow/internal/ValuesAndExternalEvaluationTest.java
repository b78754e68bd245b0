package vn.edudx.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.edudx.api.EduDxException.Kind.CONFLICT;
import static vn.edudx.api.EduDxException.Kind.INVALID;
import static vn.edudx.workflow.internal.Fixture.ADMIN;
import static vn.edudx.workflow.internal.Fixture.PERIOD;
import static vn.edudx.workflow.internal.Fixture.REVIEWER;
import static vn.edudx.workflow.internal.Fixture.SCHOOL_1;
import static vn.edudx.workflow.internal.Fixture.fails;
import static vn.edudx.workflow.internal.Fixture.problem;
import static vn.edudx.workflow.internal.Fixture.value;
import static vn.edudx.workflow.internal.Fixture.values;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.Score;
import vn.edudx.api.workflow.Action;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.Transition;

/** Values entered in the form, the office's own evaluation, and what approving freezes. */
class ValuesAndExternalEvaluationTest {

  private final Fixture f = new Fixture();
  private final WorkflowService workflow = f.workflow;

  private List<Transition> edits() {
    return workflow.history("S1", PERIOD, REVIEWER).stream()
        .filter(t -> t.action() == Action.EDIT_VALUE)
        .toList();
  }

  @Test
  void aSchoolsValuesGoThroughTheIngestPipelineAsOneDelivery() {
    workflow.edit(
        "S1",
        PERIOD,
        values(
            new vn.edudx.api.workflow.ValueEdit("4725.1.1", "có", "https://kehoach.pdf", null),
            value("4725.1.4", "55")),
        SCHOOL_1);

    assertThat(f.ingest.received).hasSize(1);
    IncomingBatch batch = f.ingest.received.get(0);
    assertThat(batch.header().source()).isEqualTo("self-assessment");
    assertThat(batch.header().instance()).isEqualTo("default");
    assertThat(batch.header().origin()).isEqualTo("assessment/S1/2024-2025");
    assertThat(batch.header().receivedBy()).isEqualTo("truong.s1");
    assertThat(batch.header().receivedAt()).isEqualTo(f.clock.now);
    assertThat(batch.header().checksum()).hasSize(64);
    assertThat(batch.acceptValidRows()).isFalse();
    assertThat(batch.rows())
        .extracting(r -> r.row(), r -> r.unit().text(), r -> r.indicator().text())
        .containsExactly(tuple(1, "S1", "4725.1.1"), tuple(2, "S1", "4725.1.4"));
    Observation plan = f.observations.current(PERIOD, List.of("S1")).get(0);
    assertThat(plan.value()).isEqualTo("true");
    assertThat(plan.evidence()).isEqualTo("https://kehoach.pdf");
    assertThat(plan.provenance().source()).isEqualTo("self-assessment");
  }

  @Test
  void everyValueChangeIsAuditedWithItsOldAndNewValue() {
    workflow.edit("S1", PERIOD, values(value("4725.1.1", "có"), value("4725.1.4", "40")), SCHOOL_1);
    f.later();
    workflow.edit("S1", PERIOD, values(value("4725.1.4", "62,5")), SCHOOL_1);

    assertThat(edits())
        .extracting(
            Transition::indicatorCode,
            Transition::oldValue,
            Transition::newValue,
            Transition::actor)
        .containsExactly(
            tuple("4725.1.1", null, "true", "truong.s1"),
            tuple("4725.1.4", null, "40", "truong.s1"),
            tuple("4725.1.4", "40", "62.5", "truong.s1"));
  }

  @Test
  void changingAValueAndBackStoresEveryChange() {
    workflow.edit("S1", PERIOD, values(value("4725.1.1", "có")), SCHOOL_1);
    workflow.edit("S1", PERIOD, values(value("4725.1.1", "không")), SCHOOL_1);
    workflow.edit("S1", PERIOD, values(value("4725.1.1", "có")), SCHOOL_1);

    assertThat(f.observations.batches)
        .extracting(ImportBatch::status)
        .containsOnly(ImportBatch.Status.ACCEPTED);
    assertThat(f.observations.history("S1", PERIOD, "4725.1.1"))
        .extracting(Observation::value)
        .containsExactly("true", "false", "true");
    assertThat(f.observations.current(PERIOD, List.of("S1")).get(0).value()).isEqualTo("true");
    assertThat(edits())
        .extracting(Transition::oldValue, Transition::newValue)
        .containsExactly(tuple(null, "true"), tuple("true", "false"), tuple("false", "true"));
    assertThat(f.scores.find("S1", PERIOD, Fakes.SET).orElseThrow().total())
        .isEqualByComparingTo("10");
  }

  @Test
  void aRejectedDeliveryIsInvalidWithItsProblemsAndRecordsNothing() {
    List<Problem> problems =
        catchProblems(
            () ->
                workflow.edit(
                    "S1",
                    PERIOD,
                    values(value("4725.1.1", "có"), value("4725.1.2", "có lẽ")),
                    SCHOOL_1));

    assertThat(problems).extracting(Problem::row).containsExactly(2);
    assertThat(f.observations.values).isEmpty();
    assertThat(f.store.assessments).isEmpty();
    assertThat(f.store.transitions).isEmpty();
  }

  private static List<Problem> catchProblems(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    var e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            vn.edudx.api.EduDxException.class, call);
    assertThat(e.kind()).isEqualTo(INVALID);
    return e.problems();
  }

  @Test
  void anEmptyEditOrAValuelessOneIsRefusedBeforeAnythingIsSent() {
    fails(() -> workflow.edit("S1", PERIOD, List.of(), SCHOOL_1), INVALID, "edits.empty");
    fails(() -> workflow.edit("S1", PERIOD, null, SCHOOL_1), INVALID, "edits.empty");
    Problem p =
        problem(() -> workflow.edit("S1", PERIOD, values(value("4725.1.4", " ")), SCHOOL_1));
    assertThat(p.code()).isEqualTo("edit.value.required");
    assertThat(p.message().en()).contains("4725.1.4");
    fails(
        () -> workflow.edit("S1", PERIOD, values(value(" ", "có")), SCHOOL_1),
        INVALID,
        "edit.indicator.required");
    assertThat(f.ingest.received).isEmpty();
  }

  @Test
  void theOfficeEvaluatesExternallyFromTheSchoolsValuesWithANoteForEachChange() {
    f.submitted("S1", SCHOOL_1);

    Assessment started = workflow.startExternal("S1", PERIOD, REVIEWER);
    assertThat(started.external()).isTrue();
    assertThat(started.state()).isEqualTo(AssessmentState.SUBMITTED);
    fails(() -> workflow.startExternal("S1", PERIOD, ADMIN), INVALID, "external.already");
    // From now on only the office changes values.
    fails(
        () -> workflow.edit("S1", PERIOD, values(value("4725.1.4", "90")), SCHOOL_1),
        INVALID,
        "state.wrong");

    f.later();
    workflow.edit(
        "S1",
        PERIOD,
        values(value("4725.1.4", "35", "Biên bản kiểm tra ngày 5/6: chỉ 35%")),
        REVIEWER);

    Observation ratio =
        f.observations.current(PERIOD, List.of("S1")).stream()
            .filter(o -> o.indicatorCode().equals("4725.1.4"))
            .findFirst()
            .orElseThrow();
    assertThat(ratio.value()).isEqualTo("35");
    assertThat(ratio.note()).isEqualTo("Biên bản kiểm tra ngày 5/6: chỉ 35%");
    assertThat(ratio.provenance().source()).isEqualTo("external-evaluation");
    assertThat(ratio.provenance().receivedBy()).isEqualTo("phong.duyet");
    Transition change = edits().get(edits().size() - 1);
    assertThat(change)
        .extracting(
            Transition::oldValue, Transition::newValue, Transition::reason, Transition::actor)
        .containsExactly("40", "35", "Biên bản kiểm tra ngày 5/6: chỉ 35%", "phong.duyet");
    assertThat(change.from()).isEqualTo(AssessmentState.SUBMITTED);

    f.later();
    Assessment approved = workflow.approve("S1", PERIOD, ADMIN);
    assertThat(approved.external()).isTrue();
    assertThat(approved.approvedScore().total()).isEqualByComparingTo("45");
    assertThat(workflow.history("S1", PERIOD, SCHOOL_1))
        .extracting(Transition::action)
        .containsExactly(
            Action.EDIT_VALUE,
            Action.EDIT_VALUE,
            Action.SUBMIT,
            Action.START_EXTERNAL,
            Action.EDIT_VALUE,
            Action.APPROVE);
  }

  @Test
  void theOfficeMayEvaluateASchoolThatNeverSubmittedAndReturnItToTheSchool() {
    Assessment started = workflow.startExternal("S1", PERIOD, REVIEWER);
    assertThat(started.state()).isEqualTo(AssessmentState.SUBMITTED);
    assertThat(started.submittedAt()).isNull();
    assertThat(workflow.history("S1", PERIOD, REVIEWER).get(0).from()).isNull();

    Assessment returned = workflow.returnToSchool("S1", PERIOD, "Trường tự đánh giá lại", ADMIN);
    assertThat(returned.external()).isFalse();
    assertThat(workflow.edit("S1", PERIOD, values(value("4725.1.1", "có")), SCHOOL_1).state())
        .isEqualTo(AssessmentState.RETURNED);
  }

  @Test
  void anApprovedScoreStaysFrozenWhenTheLiveScoreChanges() {
    f.submitted("S1", SCHOOL_1);
    int runs = f.scoring.runs;
    Score frozen = workflow.approve("S1", PERIOD, REVIEWER).approvedScore();
    assertThat(frozen.total()).isEqualByComparingTo("50");
    assertThat(f.scoring.runs).isEqualTo(runs + 1);

    f.later();
    f.scores.replace(
        List.of(FakePipeline.Scoring.score("S1", PERIOD, new BigDecimal("99"), f.clock.now)));
    f.scoring.rescore(PERIOD, List.of("S1"));

    assertThat(workflow.get("S1", PERIOD, SCHOOL_1).approvedScore()).isEqualTo(frozen);
    assertThat(workflow.list(PERIOD, AssessmentState.APPROVED, REVIEWER).get(0).approvedScore())
        .isEqualTo(frozen);
  }

  @Test
  void approvingRescoresTheUnitFirst() {
    f.submitted("S1", SCHOOL_1);
    // A value arrived by another way without a rescore (a rule set reloaded, say).
    f.scores.scores.clear();

    assertThat(workflow.approve("S1", PERIOD, REVIEWER).approvedScore().total())
        .isEqualByComparingTo("50");
  }

  @Test
  void aUnitWithNoScoreCannotBeApproved() {
    f.submitted("S1", SCHOOL_1);
    f.scores.scores.clear();
    f.scoring.unscorable.add("S1");

    Problem p = problem(() -> workflow.approve("S1", PERIOD, REVIEWER));

    assertThat(p.code()).isEqualTo("score.none");
    assertThat(p.message().en()).contains("S1").contains(Fakes.SET);
    assertThat(workflow.get("S1", PERIOD, REVIEWER).state()).isEqualTo(AssessmentState.SUBMITTED);
  }

  @Test
  void valuesStoredWhileSomeoneElseSavedAreStillAudited() {
    workflow.edit("S1", PERIOD, values(value("4725.1.1", "có")), SCHOOL_1);
    f.store.races = 1;

    Assessment a = workflow.edit("S1", PERIOD, values(value("4725.1.1", "không")), SCHOOL_1);

    assertThat(a.revision()).isEqualTo(3);
    assertThat(edits()).extracting(Transition::newValue).containsExactly("true", "false");
  }

  @Test
  void aDecisionOverAConcurrentChangeIsAConflictAndChangesNothing() {
    f.submitted("S1", SCHOOL_1);
    f.store.races = 1;
    int entries = f.store.transitions.size();

    fails(() -> workflow.approve("S1", PERIOD, REVIEWER), CONFLICT, "assessment.conflict");
    assertThat(f.store.transitions).hasSize(entries);
    assertThat(workflow.get("S1", PERIOD, REVIEWER).state()).isEqualTo(AssessmentState.SUBMITTED);
  }
}
