package vn.edudx.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.api.EduDxException.Kind.FORBIDDEN;
import static vn.edudx.api.EduDxException.Kind.INVALID;
import static vn.edudx.api.EduDxException.Kind.NOT_FOUND;
import static vn.edudx.workflow.internal.Fixture.ADMIN;
import static vn.edudx.workflow.internal.Fixture.LEADER;
import static vn.edudx.workflow.internal.Fixture.PERIOD;
import static vn.edudx.workflow.internal.Fixture.REVIEWER;
import static vn.edudx.workflow.internal.Fixture.SCHOOL_1;
import static vn.edudx.workflow.internal.Fixture.SCHOOL_2;
import static vn.edudx.workflow.internal.Fixture.fails;
import static vn.edudx.workflow.internal.Fixture.problem;
import static vn.edudx.workflow.internal.Fixture.value;
import static vn.edudx.workflow.internal.Fixture.values;

import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitType;
import vn.edudx.api.workflow.AssessmentState;

/** Who may do what, checked by the service itself whatever the REST layer does. */
class PermissionsTest {

  private final Fixture f = new Fixture();
  private final WorkflowService workflow = f.workflow;

  @Test
  void aSchoolAskingAboutAnotherSchoolIsToldItDoesNotExist() {
    f.submitted("S2", SCHOOL_2);

    Problem other = problem(() -> workflow.get("S2", PERIOD, SCHOOL_1));
    Problem none = problem(() -> workflow.get("S9", PERIOD, SCHOOL_1));
    assertThat(other.code()).isEqualTo("unit.unknown");
    // Nothing tells a school that another school exists.
    assertThat(other.message().en()).isEqualTo(none.message().en().replace("S9", "S2"));
    fails(() -> workflow.get("S2", PERIOD, SCHOOL_1), NOT_FOUND, "unit.unknown");
    fails(() -> workflow.history("S2", PERIOD, SCHOOL_1), NOT_FOUND, "unit.unknown");
    fails(
        () -> workflow.edit("S2", PERIOD, values(value("4725.1.1", "có")), SCHOOL_1),
        NOT_FOUND,
        "unit.unknown");
    fails(() -> workflow.submit("S2", PERIOD, SCHOOL_1), NOT_FOUND, "unit.unknown");
    fails(() -> workflow.approve("S2", PERIOD, SCHOOL_1), NOT_FOUND, "unit.unknown");
    fails(() -> workflow.revoke("S2", PERIOD, "x", SCHOOL_1), NOT_FOUND, "unit.unknown");
    assertThat(workflow.get("S2", PERIOD, SCHOOL_2).state()).isEqualTo(AssessmentState.SUBMITTED);
  }

  @Test
  void aSchoolMayNotDecideOnItsOwnAssessment() {
    f.submitted("S1", SCHOOL_1);

    fails(() -> workflow.approve("S1", PERIOD, SCHOOL_1), FORBIDDEN, "forbidden");
    fails(() -> workflow.returnToSchool("S1", PERIOD, "x", SCHOOL_1), FORBIDDEN, "forbidden");
    fails(() -> workflow.revoke("S1", PERIOD, "x", SCHOOL_1), FORBIDDEN, "forbidden");
    fails(() -> workflow.startExternal("S1", PERIOD, SCHOOL_1), FORBIDDEN, "forbidden");
    fails(() -> workflow.list(PERIOD, null, SCHOOL_1), FORBIDDEN, "forbidden");
    Problem p = problem(() -> workflow.approve("S1", PERIOD, SCHOOL_1));
    assertThat(p.message().en()).isEqualTo("Account truong.s1 (the school) may not approve.");
    assertThat(p.hint().vi())
        .isEqualTo(
            "Thao tác này chỉ dành cho: quản trị viên Phòng/Sở, chuyên viên duyệt của Phòng/Sở.");
    assertThat(workflow.get("S1", PERIOD, SCHOOL_1).state()).isEqualTo(AssessmentState.SUBMITTED);
  }

  @Test
  void leadershipReadsEverythingAndChangesNothing() {
    f.submitted("S1", SCHOOL_1);

    assertThat(workflow.get("S1", PERIOD, LEADER).state()).isEqualTo(AssessmentState.SUBMITTED);
    assertThat(workflow.history("S1", PERIOD, LEADER)).hasSize(3);
    assertThat(workflow.list(PERIOD, null, LEADER)).hasSize(1);
    fails(
        () -> workflow.edit("S1", PERIOD, values(value("4725.1.1", "có", "x")), LEADER),
        FORBIDDEN,
        "forbidden");
    fails(() -> workflow.approve("S1", PERIOD, LEADER), FORBIDDEN, "forbidden");
    fails(() -> workflow.returnToSchool("S1", PERIOD, "x", LEADER), FORBIDDEN, "forbidden");
    fails(() -> workflow.startExternal("S1", PERIOD, LEADER), FORBIDDEN, "forbidden");
    fails(() -> workflow.submit("S1", PERIOD, LEADER), FORBIDDEN, "forbidden");
  }

  @Test
  void theOfficeDoesNotSubmitForASchool() {
    fails(() -> workflow.submit("S1", PERIOD, ADMIN), FORBIDDEN, "forbidden");
    fails(() -> workflow.submit("S1", PERIOD, REVIEWER), FORBIDDEN, "forbidden");
  }

  @Test
  void theOfficeEditsOnlyInAnExternalEvaluation() {
    f.submitted("S1", SCHOOL_1);
    int values = f.observations.values.size();

    fails(
        () -> workflow.edit("S1", PERIOD, values(value("4725.1.1", "không", "sai")), REVIEWER),
        INVALID,
        "external.required");
    assertThat(f.observations.values).hasSize(values);
  }

  @Test
  void anOfficeEditWithoutANoteNamesTheIndicatorAndStoresNothing() {
    f.submitted("S1", SCHOOL_1);
    workflow.startExternal("S1", PERIOD, REVIEWER);
    int values = f.observations.values.size();
    int entries = f.store.transitions.size();

    Problem p =
        problem(
            () ->
                workflow.edit(
                    "S1",
                    PERIOD,
                    values(
                        value("4725.1.1", "không", "Không có kế hoạch"), value("4725.1.4", "30")),
                    ADMIN));

    assertThat(p.code()).isEqualTo("edit.note.required");
    assertThat(p.row()).isEqualTo(2);
    assertThat(p.field()).isEqualTo("note");
    assertThat(p.message().vi()).contains("4725.1.4");
    assertThat(p.message().en()).contains("4725.1.4");
    fails(
        () -> workflow.edit("S1", PERIOD, values(value("4725.1.4", "30", " ")), ADMIN),
        INVALID,
        "edit.note.required");
    assertThat(f.observations.values).hasSize(values);
    assertThat(f.store.transitions).hasSize(entries);
    assertThat(f.ingest.received).hasSize(1);
  }

  @Test
  void anUnknownUnitIsNotFoundAndAUnitNoSetAssessesIsInvalid() {
    f.units.upsert(
        java.util.List.of(
            new OrgUnit("PGD", "Phòng GD&ĐT", UnitType.OFFICE, null, null, null, null, null, "t")));

    fails(() -> workflow.get("S9", PERIOD, REVIEWER), NOT_FOUND, "unit.unknown");
    Problem p = problem(() -> workflow.get("PGD", PERIOD, REVIEWER));
    assertThat(p.code()).isEqualTo("unit.no-set");
    assertThat(p.message().vi()).contains("PGD").contains("Phòng GD&ĐT");
    fails(() -> workflow.get("PGD", PERIOD, REVIEWER), INVALID, "unit.no-set");
  }

  @Test
  void nobodyAnonymousMayDoAnything() {
    fails(() -> workflow.get("S1", PERIOD, null), FORBIDDEN, "caller.anonymous");
    fails(() -> workflow.list(PERIOD, null, null), FORBIDDEN, "caller.anonymous");
  }

  @Test
  void aSchoolAccountOfNoSchoolSeesNothing() {
    Caller unbound = new Caller("lost", Role.SCHOOL, null);
    fails(() -> workflow.get("S1", PERIOD, unbound), NOT_FOUND, "unit.unknown");
  }
}
