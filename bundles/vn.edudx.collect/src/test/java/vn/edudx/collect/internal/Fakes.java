package vn.edudx.collect.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.indicator.LevelThresholds;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.score.Progress;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoringService;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;

/** In-memory stand-ins for the stores and the rule base, for testing the pipeline alone. */
final class Fakes {

  private Fakes() {}

  static OrgUnit school(String code, SchoolLevel level) {
    return new OrgUnit(
        code, "Trường " + code, UnitType.SCHOOL, level, "P1", "PGD", null, null, "t");
  }

  /** A small set for primary and lower-secondary schools: one yes/no, one percentage. */
  static IndicatorSet set() {
    LocalizedText n = LocalizedText.of("x");
    return new IndicatorSet(
        "test-set",
        1,
        n,
        "test",
        Set.of(UnitType.SCHOOL),
        Set.of(SchoolLevel.TH, SchoolLevel.THCS),
        null,
        null,
        List.of(
            new IndicatorGroup(
                "G1",
                n,
                BigDecimal.valueOf(10),
                new LevelThresholds(BigDecimal.valueOf(5), BigDecimal.valueOf(7), 1),
                List.of(
                    Criterion.simple(
                        "1", n, CriterionType.YES_NO, BigDecimal.valueOf(4), "t.yes", null),
                    Criterion.simple(
                        "2", n, CriterionType.PERCENT, BigDecimal.valueOf(6), "t.pct", null)))),
        List.of(
            new Indicator("t.yes", n, ValueType.BOOLEAN, null, null, null, null),
            new Indicator(
                "t.pct", n, ValueType.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100), "%", null),
            new Indicator(
                "t.choice", n, ValueType.TEXT, null, null, null, List.of("FULL", "PART"))),
        null);
  }

  static final class Registry implements IndicatorSetRegistry {
    private final IndicatorSet set = set();

    @Override
    public List<IndicatorSet> sets() {
      return List.of(set);
    }

    @Override
    public Optional<IndicatorSet> find(String id) {
      return Optional.of(set).filter(s -> s.id().equals(id));
    }

    @Override
    public Optional<IndicatorSet> applicableTo(OrgUnit unit) {
      return Optional.of(set).filter(s -> s.appliesTo(unit));
    }

    @Override
    public Optional<IndicatorSet> find(String id, int version) {
      return find(id).filter(s -> s.version() == version);
    }

    @Override
    public Optional<Indicator> indicator(String code) {
      return set.indicator(code);
    }

    @Override
    public Optional<Indicator> indicatorFor(OrgUnit unit, String code) {
      return Optional.of(set).filter(s -> s.covers(unit)).flatMap(s -> s.indicator(code));
    }
  }

  static final class Units implements UnitStore {
    final Map<String, OrgUnit> units = new HashMap<>();

    Units(OrgUnit... all) {
      for (OrgUnit u : all) {
        units.put(u.code(), u);
      }
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

  static final class Observations implements ObservationStore {
    final List<ImportBatch> batches = new ArrayList<>();
    final List<NewObservation> values = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** Runs first in every {@link #accept}, to look at the pipeline while it stores. */
    Runnable onAccept = () -> {};

    @Override
    public ImportBatch accept(
        BatchHeader header, int rows, List<NewObservation> v, List<Problem> skipped) {
      onAccept.run();
      Optional<ImportBatch> earlier =
          batches.stream()
              .filter(b -> b.status() == ImportBatch.Status.ACCEPTED)
              .filter(b -> b.header().checksum().equals(header.checksum()))
              .findFirst();
      ImportBatch b =
          earlier.isPresent()
              ? new ImportBatch(
                  ids.incrementAndGet(),
                  header,
                  ImportBatch.Status.DUPLICATE,
                  rows,
                  0,
                  earlier.get().id(),
                  List.of())
              : new ImportBatch(
                  ids.incrementAndGet(),
                  header,
                  ImportBatch.Status.ACCEPTED,
                  rows,
                  v.size(),
                  null,
                  skipped);
      if (earlier.isEmpty()) {
        values.addAll(v);
      }
      batches.add(b);
      return b;
    }

    @Override
    public Optional<Long> acceptedWith(String checksum) {
      return batches.stream()
          .filter(b -> b.status() == ImportBatch.Status.ACCEPTED)
          .filter(b -> b.header().checksum().equals(checksum))
          .map(ImportBatch::id)
          .findFirst();
    }

    @Override
    public ImportBatch reject(BatchHeader header, int rows, List<Problem> problems) {
      ImportBatch b =
          new ImportBatch(
              ids.incrementAndGet(), header, ImportBatch.Status.REJECTED, rows, 0, null, problems);
      batches.add(b);
      return b;
    }

    @Override
    public List<Observation> current(String period, Collection<String> unitCodes) {
      return List.of();
    }

    @Override
    public List<Observation> history(String unitCode, String period, String indicatorCode) {
      return List.of();
    }

    @Override
    public List<ImportBatch> batches(int offset, int limit) {
      return batches;
    }

    @Override
    public Optional<ImportBatch> batch(long id) {
      return batches.stream().filter(b -> b.id() == id).findFirst();
    }

    @Override
    public Set<String> unitsWithData(String period) {
      return new TreeSet<>();
    }

    @Override
    public Set<String> periods() {
      return Set.of();
    }

    @Override
    public long count() {
      return values.size();
    }
  }

  /** Records what was asked to be rescored. */
  static final class Scoring implements ScoringService {
    final Map<String, List<String>> asked = new HashMap<>();

    /** Runs first in every {@link #rescore}, to look at the pipeline while it rescores. */
    Runnable onRescore = () -> {};

    @Override
    public List<Score> rescore(String period, Collection<String> unitCodes) {
      onRescore.run();
      asked.computeIfAbsent(period, p -> new ArrayList<>()).addAll(unitCodes);
      return unitCodes.stream()
          .map(u -> new Score(u, period, "test-set", 1, Instant.EPOCH, List.of(), null, null, null))
          .toList();
    }

    @Override
    public List<Score> rescoreAll(String period) {
      return List.of();
    }

    @Override
    public Optional<Progress> progress() {
      return Optional.empty();
    }
  }
}
