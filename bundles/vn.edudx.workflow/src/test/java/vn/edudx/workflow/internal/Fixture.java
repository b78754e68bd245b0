package vn.edudx.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.workflow.ValueEdit;

/** A workflow over in-memory stores, with a clock the test moves, and the people who use it. */
final class Fixture {

  static final String PERIOD = "2024-2025";

  static final Caller SCHOOL_1 = new Caller("truong.s1", Role.SCHOOL, "S1");
  static final Caller SCHOOL_2 = new Caller("truong.s2", Role.SCHOOL, "S2");
  static final Caller REVIEWER = new Caller("phong.duyet", Role.OFFICE_REVIEWER, "PGD");
  static final Caller ADMIN = new Caller("phong.admin", Role.OFFICE_ADMIN, "PGD");
  static final Caller LEADER = new Caller("lanh.dao", Role.LEADERSHIP, "PGD");

  final Fakes.MutableClock clock = new Fakes.MutableClock(vietnam(2025, 5, 10, 8, 0));
  final Fakes.Units units = new Fakes.Units();
  final Fakes.Registry registry = new Fakes.Registry();
  final Fakes.Admin admin = new Fakes.Admin();
  final FakePipeline.Observations observations = new FakePipeline.Observations();
  final FakePipeline.Scores scores = new FakePipeline.Scores();
  final FakePipeline.Scoring scoring = new FakePipeline.Scoring(observations, scores, clock);
  final FakePipeline.Ingest ingest = new FakePipeline.Ingest(units, observations, scoring);
  final Fakes.Assessments store = new Fakes.Assessments();
  final WorkflowService workflow;

  Fixture() {
    units.school("S1");
    units.school("S2");
    workflow =
        new WorkflowService(
            store,
            units,
            registry,
            admin,
            observations,
            ingest,
            scoring,
            scores,
            new Calendar("05-31", "06-20"),
            clock);
  }

  /** A time of day in Vietnam. */
  static Instant vietnam(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(Calendar.ZONE).toInstant();
  }

  void at(Instant when) {
    clock.now = when;
  }

  /** Moves the clock on a minute, as people do between two steps. */
  void later() {
    clock.now = clock.now.plusSeconds(60);
  }

  static ValueEdit value(String indicator, String value) {
    return new ValueEdit(indicator, value, null, null);
  }

  static ValueEdit value(String indicator, String value, String note) {
    return new ValueEdit(indicator, value, "https://minhchung/" + indicator, note);
  }

  static List<ValueEdit> values(ValueEdit... edits) {
    return List.of(edits);
  }

  /** The school's values, submitted. */
  void submitted(String unit, Caller school) {
    workflow.edit(unit, PERIOD, values(value("4725.1.1", "có"), value("4725.1.4", "40")), school);
    later();
    workflow.submit(unit, PERIOD, school);
    later();
  }

  /** The first problem of the exception {@code call} throws. */
  static Problem problem(ThrowingCallable call) {
    EduDxException e = catchThrowableOfType(EduDxException.class, call);
    assertThat(e).as("an EduDxException").isNotNull();
    return e.problems().get(0);
  }

  static void fails(ThrowingCallable call, EduDxException.Kind kind, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.problems()).extracting(p -> p.code()).contains(code);
            });
  }
}
