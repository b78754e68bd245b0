package vn.edudx.workflow.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.DryRun;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.indicator.SetVersion;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;
import vn.edudx.api.workflow.Transition;

/**
 * In-memory stand-ins for the stores and services the workflow uses, behaving like the real ones in
 * what it relies on: revisions, duplicate checksums, all-or-nothing deliveries, latest values.
 */
final class Fakes {

  private Fakes() {}

  static final String SET = "moet-4725-2022";

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return Calendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static final class Units implements UnitStore {
    final Map<String, OrgUnit> units = new LinkedHashMap<>();

    void school(String code) {
      units.put(
          code,
          new OrgUnit(
              code,
              "Trường " + code,
              UnitType.SCHOOL,
              SchoolLevel.TH,
              null,
              "PGD",
              null,
              null,
              "t"));
    }

    @Override
    public Optional<OrgUnit> find(String code) {
      return Optional.ofNullable(units.get(code));
    }

    @Override
    public List<OrgUnit> list(UnitType type, SchoolLevel level) {
      return List.copyOf(units.values());
    }

    @Override
    public List<OrgUnit> findAll(Collection<String> codes) {
      return codes.stream().map(units::get).filter(u -> u != null).toList();
    }

    @Override
    public int upsert(List<OrgUnit> all) {
      all.forEach(u -> units.put(u.code(), u));
      return all.size();
    }

    @Override
    public long count() {
      return units.size();
    }
  }

  /** One set for primary schools, version 1, reading two yes/no indicators and a number. */
  static final class Registry implements IndicatorSetRegistry {
    static final IndicatorSet MOET =
        new IndicatorSet(
            SET,
            1,
            LocalizedText.of("4725"),
            "4725/QĐ-BGDĐT",
            Set.of(UnitType.SCHOOL),
            Set.of(SchoolLevel.TH),
            null,
            null,
            List.of(),
            List.of(
                indicator("4725.1.1", ValueType.BOOLEAN),
                indicator("4725.1.2", ValueType.BOOLEAN),
                indicator("4725.1.4", ValueType.PERCENT)),
            null);

    private static Indicator indicator(String code, ValueType type) {
      return new Indicator(
          code,
          LocalizedText.of(code),
          type,
          type == ValueType.PERCENT ? BigDecimal.ZERO : null,
          type == ValueType.PERCENT ? new BigDecimal("100") : null,
          null,
          List.of());
    }

    @Override
    public List<IndicatorSet> sets() {
      return List.of(MOET);
    }

    @Override
    public Optional<IndicatorSet> find(String id) {
      return id.equals(SET) ? Optional.of(MOET) : Optional.empty();
    }

    @Override
    public Optional<IndicatorSet> find(String id, int version) {
      return version == 1 ? find(id) : Optional.empty();
    }

    @Override
    public Optional<IndicatorSet> applicableTo(OrgUnit unit) {
      return MOET.covers(unit) ? Optional.of(MOET) : Optional.empty();
    }

    @Override
    public Optional<Indicator> indicator(String code) {
      return MOET.indicator(code);
    }

    @Override
    public Optional<Indicator> indicatorFor(OrgUnit unit, String code) {
      return MOET.covers(unit) ? MOET.indicator(code) : Optional.empty();
    }
  }

  static final class Admin implements IndicatorSetAdmin {
    final List<Activation> activations = new ArrayList<>();

    @Override
    public List<Activation> activations() {
      return List.copyOf(activations);
    }

    @Override
    public List<SetVersion> versions() {
      throw new UnsupportedOperationException();
    }

    @Override
    public SetVersion upload(String fileName, byte[] content, String by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DryRun dryRun(String setId, int version, String period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Activation activate(String setId, int version, String period, String by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SetVersion retire(String setId, int version, String by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String drl(String setId, int version) {
      throw new UnsupportedOperationException();
    }

    @Override
    public IndicatorSet definition(String setId, int version) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] workbook(String setId, int version) {
      throw new UnsupportedOperationException();
    }
  }

  /** Assessments with the JPA store's revision check; it can be told to lose a race. */
  static final class Assessments implements AssessmentStore {
    final Map<String, Assessment> assessments = new LinkedHashMap<>();
    final List<Transition> transitions = new ArrayList<>();
    int saves;

    /** How many saves from now on meet a change someone else made meanwhile. */
    int races;

    private static String key(String unit, String period, String setId) {
      return unit + '|' + period + '|' + setId;
    }

    @Override
    public Optional<Assessment> find(String unitCode, String period, String setId) {
      return Optional.ofNullable(assessments.get(key(unitCode, period, setId)));
    }

    @Override
    public List<Assessment> list(String period, AssessmentState state) {
      return assessments.values().stream()
          .filter(a -> a.period().equals(period) && (state == null || a.state() == state))
          .sorted(Comparator.comparing(Assessment::unitCode))
          .toList();
    }

    @Override
    public Assessment save(Assessment a, List<Transition> entries) {
      String key = key(a.unitCode(), a.period(), a.setId());
      if (races > 0) {
        races--;
        // Someone else saved it just now (their change is a mere touch here).
        Assessment theirs = assessments.get(key);
        long next = theirs == null ? 1 : theirs.revision() + 1;
        Assessment base = theirs == null ? a : theirs;
        assessments.put(key, revision(base, next));
      }
      Assessment stored = assessments.get(key);
      long current = stored == null ? 0 : stored.revision();
      if (current != a.revision()) {
        throw new EduDxException(
            EduDxException.Kind.CONFLICT,
            Problem.general("assessment.conflict", LocalizedText.of("c"), LocalizedText.of("h")));
      }
      saves++;
      Assessment saved = revision(a, current + 1);
      assessments.put(key, saved);
      for (Transition t : entries) {
        transitions.add(
            new Transition(
                transitions.size() + 1L,
                a.unitCode(),
                a.period(),
                a.setId(),
                t.action(),
                t.from(),
                t.to(),
                t.actor(),
                t.at(),
                t.reason(),
                t.indicatorCode(),
                t.oldValue(),
                t.newValue()));
      }
      return saved;
    }

    private static Assessment revision(Assessment a, long revision) {
      return new Assessment(
          a.unitCode(),
          a.period(),
          a.setId(),
          a.setVersion(),
          a.state(),
          a.external(),
          a.submittedAt(),
          a.late(),
          a.reason(),
          a.decidedAt(),
          a.decidedBy(),
          a.approvedScore(),
          revision);
    }

    @Override
    public List<Transition> history(String unitCode, String period, String setId) {
      return transitions.stream()
          .filter(
              t -> key(t.unitCode(), t.period(), t.setId()).equals(key(unitCode, period, setId)))
          .toList();
    }
  }
}
