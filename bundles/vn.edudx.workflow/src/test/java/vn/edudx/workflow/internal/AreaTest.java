package vn.edudx.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/** An office's roles reach the schools of its own area only; a department's, its province's. */
class AreaTest {

  private final Fixture f = new Fixture();

  @Test
  void aReviewerOfAnotherOfficeDoesNotEvenLearnTheSchoolExists() {
    f.units.units.put(
        "OTHER-1",
        new OrgUnit(
            "OTHER-1",
            "Trường của phòng khác",
            UnitType.SCHOOL,
            SchoolLevel.TH,
            null,
            "PGD-KHAC",
            null,
            null,
            "t"));
    Caller otherOffice = new Caller("phong.khac", Role.OFFICE_REVIEWER, "PGD-KHAC");

    assertThatThrownBy(() -> f.workflow.get("S1", Fixture.PERIOD, otherOffice))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.kind()).isEqualTo(EduDxException.Kind.NOT_FOUND));
    assertThat(f.workflow.get("OTHER-1", Fixture.PERIOD, otherOffice).unitCode())
        .isEqualTo("OTHER-1");
    assertThat(f.workflow.get("S1", Fixture.PERIOD, Fixture.REVIEWER).unitCode()).isEqualTo("S1");
  }
}
