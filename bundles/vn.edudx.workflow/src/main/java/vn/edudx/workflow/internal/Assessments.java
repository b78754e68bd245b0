package vn.edudx.workflow.internal;

import static vn.edudx.api.workflow.AssessmentState.DRAFT;

import vn.edudx.api.Period;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.security.Caller;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentStore;

/**
 * Finds the assessment a request is about: the unit (if the caller may see it), the period, the set
 * that applies to the unit, and the stored assessment or a fresh draft under the set's version for
 * the period.
 */
final class Assessments {

  private final AssessmentStore store;
  private final UnitStore units;
  private final IndicatorSetRegistry registry;
  private final IndicatorSetAdmin sets;

  Assessments(
      AssessmentStore store,
      UnitStore units,
      IndicatorSetRegistry registry,
      IndicatorSetAdmin sets) {
    this.store = store;
    this.units = units;
    this.registry = registry;
    this.sets = sets;
  }

  /** The unit, period and set an assessment is about, once the caller may see it. */
  record Target(OrgUnit unit, Period period, IndicatorSet set) {

    String unitCode() {
      return unit.code();
    }
  }

  /**
   * The assessment's unit, period and set, once the caller may see it. A school asking about
   * another unit is told the unit is unknown, so that it learns nothing of other schools.
   */
  Target target(String unitCode, String period, Caller caller) {
    Checks.requireSignedIn(caller);
    if (unitCode == null || unitCode.isBlank() || !mayReach(caller, unitCode)) {
      throw Texts.notFound(unitCode == null ? "" : unitCode);
    }
    Period p = Period.parse(period);
    OrgUnit unit = units.find(unitCode).orElseThrow(() -> Texts.notFound(unitCode));
    IndicatorSet set =
        registry
            .applicableTo(unit)
            .orElseThrow(
                () -> Texts.invalid("unit.no-set", "unitCode", unitCode, unitCode, unit.name()));
    return new Target(unit, p, set);
  }

  /**
   * Whether a caller may see a unit's assessment: a school its own; an office role the units of its
   * area (an office's schools, a department's province), or all if bound to no unit.
   */
  boolean mayReach(Caller caller, String unitCode) {
    return caller.isOffice() ? units.covers(caller.unitCode(), unitCode) : caller.maySee(unitCode);
  }

  /** The stored assessment, or a fresh draft under the version that scores the period. */
  Assessment load(Target t) {
    String p = t.period().code();
    return store
        .find(t.unitCode(), p, t.set().id())
        .orElseGet(
            () ->
                new Assessment(
                    t.unitCode(),
                    p,
                    t.set().id(),
                    versionFor(t.set(), p),
                    DRAFT,
                    false,
                    null,
                    false,
                    null,
                    null,
                    null,
                    null,
                    0));
  }

  /** The version activated for the period, else the set's current one. */
  private int versionFor(IndicatorSet set, String period) {
    return sets.activations().stream()
        .filter(a -> a.setId().equals(set.id()) && a.period().equals(period))
        .mapToInt(Activation::version)
        .findFirst()
        .orElse(set.version());
  }
}
