package vn.edudx.workflow.internal;

import static vn.edudx.api.security.Role.OFFICE_ADMIN;
import static vn.edudx.api.security.Role.OFFICE_REVIEWER;
import static vn.edudx.api.security.Role.SCHOOL;
import static vn.edudx.api.workflow.AssessmentState.APPROVED;
import static vn.edudx.api.workflow.AssessmentState.DRAFT;
import static vn.edudx.api.workflow.AssessmentState.RETURNED;
import static vn.edudx.api.workflow.AssessmentState.SUBMITTED;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Period;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.score.ScoringService;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.workflow.Action;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentService;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;
import vn.edudx.api.workflow.Deadlines;
import vn.edudx.api.workflow.Transition;
import vn.edudx.api.workflow.ValueEdit;
import vn.edudx.workflow.internal.Texts.Verb;

/**
 * The evaluation workflow of MOET Decision 4725, after K12Online's: a school fills in and submits
 * its self-assessment by the deadline; the office returns it with a reason, approves it (freezing
 * its score), revokes an approval, or evaluates it itself. Every change is checked against the
 * caller's role and the assessment's state, and saved with the history entries that explain it.
 */
@Component(service = AssessmentService.class, configurationPid = "vn.edudx.workflow")
@Designate(ocd = WorkflowConfig.class)
public class WorkflowService implements AssessmentService {

  /** A save that meets a concurrent change of the history only is tried this often. */
  private static final int SAVE_ATTEMPTS = 3;

  private final AssessmentStore store;
  private final Assessments assessments;
  private final ObservationStore observations;
  private final IngestService ingest;
  private final ScoringService scoring;
  private final ScoreStore scores;
  private final Calendar calendar;
  private final Clock clock;

  /** Changes of one assessment run one at a time here; the store's revision guards the rest. */
  private final Object[] locks = new Object[64];

  @Activate
  public WorkflowService(
      @Reference AssessmentStore store,
      @Reference UnitStore units,
      @Reference(target = "(" + IndicatorSetRegistry.PROPERTY_SETS + "=*)")
          IndicatorSetRegistry registry,
      @Reference IndicatorSetAdmin sets,
      @Reference ObservationStore observations,
      @Reference IngestService ingest,
      @Reference ScoringService scoring,
      @Reference ScoreStore scores,
      WorkflowConfig config) {
    this(
        store,
        units,
        registry,
        sets,
        observations,
        ingest,
        scoring,
        scores,
        Calendar.of(config),
        Clock.systemUTC());
  }

  WorkflowService(
      AssessmentStore store,
      UnitStore units,
      IndicatorSetRegistry registry,
      IndicatorSetAdmin sets,
      ObservationStore observations,
      IngestService ingest,
      ScoringService scoring,
      ScoreStore scores,
      Calendar calendar,
      Clock clock) {
    this.store = store;
    this.assessments = new Assessments(store, units, registry, sets);
    this.observations = observations;
    this.ingest = ingest;
    this.scoring = scoring;
    this.scores = scores;
    this.calendar = calendar;
    this.clock = clock;
    Arrays.setAll(locks, i -> new Object());
  }

  // ------------------------------------------------------------------------------------ reading

  @Override
  public Assessment get(String unitCode, String period, Caller caller) {
    return assessments.load(assessments.target(unitCode, period, caller));
  }

  @Override
  public List<Assessment> list(String period, AssessmentState state, Caller caller) {
    Checks.requireSignedIn(caller);
    if (!caller.isOffice()) {
      throw Texts.forbidden(caller, Verb.LIST, OFFICE_ADMIN, OFFICE_REVIEWER, Role.LEADERSHIP);
    }
    return store.list(Period.parse(period).code(), state).stream()
        .filter(a -> assessments.mayReach(caller, a.unitCode()))
        .toList();
  }

  @Override
  public List<Transition> history(String unitCode, String period, Caller caller) {
    Assessments.Target t = assessments.target(unitCode, period, caller);
    return store.history(t.unitCode(), t.period().code(), t.set().id());
  }

  @Override
  public Deadlines deadlines(String period) {
    return calendar.deadlines(Period.parse(period));
  }

  // ------------------------------------------------------------------------------------ changes

  @Override
  public Assessment submit(String unitCode, String period, Caller caller) {
    Assessments.Target t = assessments.target(unitCode, period, caller);
    if (caller.role() != SCHOOL) {
      throw Texts.forbidden(caller, Verb.SUBMIT, SCHOOL);
    }
    return locked(
        t,
        () -> {
          Assessment a = assessments.load(t);
          Checks.requireState(a, Verb.SUBMIT, DRAFT, RETURNED);
          Change c = new Change(a, caller.username(), clock.instant());
          // Late is decided by the first submission: a return after the deadline does not make
          // a school that submitted on time late.
          c.late = a.submittedAt() == null ? calendar.isLate(t.period(), c.at()) : a.late();
          c.submittedAt = c.at();
          c.move(Action.SUBMIT, SUBMITTED, null);
          return store.save(c.next(), c.entries());
        });
  }

  @Override
  public Assessment returnToSchool(String unitCode, String period, String reason, Caller caller) {
    Assessments.Target t = assessments.target(unitCode, period, caller);
    Checks.requireDecider(caller, Verb.RETURN);
    String why = Checks.requireReason(reason, Verb.RETURN);
    return locked(
        t,
        () -> {
          Assessment a = assessments.load(t);
          Checks.requireState(a, Verb.RETURN, SUBMITTED);
          Change c = new Change(a, caller.username(), clock.instant());
          c.external = false;
          c.reason = why;
          c.decided().move(Action.RETURN, RETURNED, why);
          return store.save(c.next(), c.entries());
        });
  }

  @Override
  public Assessment approve(String unitCode, String period, Caller caller) {
    Assessments.Target t = assessments.target(unitCode, period, caller);
    Checks.requireDecider(caller, Verb.APPROVE);
    return locked(
        t,
        () -> {
          Assessment a = assessments.load(t);
          Checks.requireState(a, Verb.APPROVE, SUBMITTED);
          String p = t.period().code();
          scoring.rescore(p, List.of(t.unitCode()));
          Score score =
              scores
                  .find(t.unitCode(), p, t.set().id())
                  .orElseThrow(
                      () ->
                          Texts.invalid(
                              "score.none",
                              "unitCode",
                              t.unitCode(),
                              t.unitCode(),
                              p,
                              t.set().id()));
          Change c = new Change(a, caller.username(), clock.instant());
          c.approvedScore = score;
          c.decided().move(Action.APPROVE, APPROVED, null);
          return store.save(c.next(), c.entries());
        });
  }

  @Override
  public Assessment revoke(String unitCode, String period, String reason, Caller caller) {
    Assessments.Target t = assessments.target(unitCode, period, caller);
    Checks.requireDecider(caller, Verb.REVOKE);
    String why = Checks.requireReason(reason, Verb.REVOKE);
    return locked(
        t,
        () -> {
          Assessment a = assessments.load(t);
          Checks.requireState(a, Verb.REVOKE, APPROVED);
          Change c = new Change(a, caller.username(), clock.instant());
          c.approvedScore = null;
          c.external = false;
          c.reason = why;
          c.decided().move(Action.REVOKE, RETURNED, why);
          return store.save(c.next(), c.entries());
        });
  }

  @Override
  public Assessment startExternal(String unitCode, String period, Caller caller) {
    Assessments.Target t = assessments.target(unitCode, period, caller);
    Checks.requireDecider(caller, Verb.START_EXTERNAL);
    return locked(
        t,
        () -> {
          Assessment a = assessments.load(t);
          Checks.requireState(a, Verb.START_EXTERNAL, DRAFT, SUBMITTED, RETURNED);
          if (a.external()) {
            throw Texts.invalid("external.already", "external", "true", a.unitCode(), a.period());
          }
          // The office's copy is the school's current values: nothing is copied, the office's
          // changes are stored over them with their own source and a note each.
          Change c = new Change(a, caller.username(), clock.instant());
          c.external = true;
          c.move(Action.START_EXTERNAL, SUBMITTED, null);
          return store.save(c.next(), c.entries());
        });
  }

  @Override
  public Assessment edit(String unitCode, String period, List<ValueEdit> edits, Caller caller) {
    Assessments.Target t = assessments.target(unitCode, period, caller);
    boolean office = Checks.isDecider(caller);
    if (!office && caller.role() != SCHOOL) {
      throw Texts.forbidden(caller, Verb.EDIT, SCHOOL, OFFICE_ADMIN, OFFICE_REVIEWER);
    }
    return locked(
        t,
        () -> {
          Assessment a = assessments.load(t);
          if (office && !a.external()) {
            var state = Texts.label(a.state());
            throw Texts.invalid(
                "external.required",
                "external",
                "false",
                a.unitCode(),
                a.period(),
                state.vi(),
                state.en());
          }
          if (office) {
            Checks.requireState(a, Verb.EDIT, SUBMITTED);
          } else if (a.external() || (a.state() != DRAFT && a.state() != RETURNED)) {
            // An external assessment is the office's (and never DRAFT or RETURNED anyway).
            throw Texts.wrongState(a, Verb.EDIT, DRAFT, RETURNED);
          }
          Checks.requireEdits(edits, office);
          return storeValues(t, a, edits, office, caller);
        });
  }

  /** Stores the values through the ingest pipeline, then records each with its old value. */
  private Assessment storeValues(
      Assessments.Target t, Assessment a, List<ValueEdit> edits, boolean office, Caller caller) {
    String p = t.period().code();
    List<String> unit = List.of(t.unitCode());
    Map<String, String> before = values(p, unit);
    var at = clock.instant();
    IngestResult result =
        ingest.ingest(
            EditDelivery.of(t.unitCode(), p, a.revision(), edits, office, caller.username(), at));
    if (!result.accepted()) {
      throw new EduDxException(EduDxException.Kind.INVALID, result.batch().problems());
    }
    Map<String, String> after = values(p, unit);
    Assessment current = a;
    for (int attempt = 1; ; attempt++) {
      Change c = new Change(current, caller.username(), at);
      for (ValueEdit e : edits) {
        String code = e.indicatorCode().strip();
        c.value(
            code,
            before.get(code),
            after.getOrDefault(code, e.value().strip()),
            blankToNull(e.note()));
      }
      try {
        return store.save(c.next(), c.entries());
      } catch (EduDxException conflict) {
        // The values are stored already: their history must be too, over the newer revision.
        if (conflict.kind() != EduDxException.Kind.CONFLICT || attempt == SAVE_ATTEMPTS) {
          throw conflict;
        }
        current = assessments.load(t);
      }
    }
  }

  private Map<String, String> values(String period, List<String> unit) {
    Map<String, String> values = new HashMap<>();
    for (Observation o : observations.current(period, unit)) {
      values.put(o.indicatorCode(), o.value());
    }
    return values;
  }

  // ------------------------------------------------------------------------------------ helpers

  private <T> T locked(Assessments.Target t, Supplier<T> work) {
    String key = t.unitCode() + '\u0000' + t.period().code();
    synchronized (locks[Math.floorMod(key.hashCode(), locks.length)]) {
      return work.get();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
