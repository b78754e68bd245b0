package vn.edudx.collect.internal;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edudx.api.Problem;
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

/**
 * The real stores, with a clock around the calls the pipeline makes, so that the benchmark can
 * split one real {@code ingestFile} call into its phases without changing the pipeline: parsing
 * ends when the units are looked up, validating starts when they are found and ends when the values
 * reach the store.
 */
final class Clocked {

  /** When each phase ended, in {@link System#nanoTime()}; 0 until it has. */
  long lookupStart;

  long lookupEnd;
  long storeStart;
  long storeEnd;
  int rescoreAsked;

  /**
   * The same moments in CPU time of the importing thread, which a busy machine does not stretch.
   */
  long lookupStartCpu;

  long lookupEndCpu;
  long storeStartCpu;
  long storeEndCpu;

  void reset() {
    lookupStart = lookupEnd = storeStart = storeEnd = 0;
    lookupStartCpu = lookupEndCpu = storeStartCpu = storeEndCpu = 0;
    rescoreAsked = 0;
  }

  /** CPU time of the calling thread, in nanoseconds. */
  static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  UnitStore units(UnitStore real) {
    return new UnitStore() {
      @Override
      public Optional<OrgUnit> find(String code) {
        return real.find(code);
      }

      @Override
      public List<OrgUnit> list(UnitType type, SchoolLevel level) {
        return real.list(type, level);
      }

      @Override
      public List<OrgUnit> findAll(Collection<String> codes) {
        lookupStartCpu = cpu();
        lookupStart = System.nanoTime();
        try {
          return real.findAll(codes);
        } finally {
          lookupEnd = System.nanoTime();
          lookupEndCpu = cpu();
        }
      }

      @Override
      public int upsert(List<OrgUnit> units) {
        return real.upsert(units);
      }

      @Override
      public long count() {
        return real.count();
      }
    };
  }

  ObservationStore observations(ObservationStore real) {
    return new ObservationStore() {
      @Override
      public ImportBatch accept(
          BatchHeader header, int rows, List<NewObservation> values, List<Problem> skipped) {
        storeStartCpu = cpu();
        storeStart = System.nanoTime();
        try {
          return real.accept(header, rows, values, skipped);
        } finally {
          storeEnd = System.nanoTime();
          storeEndCpu = cpu();
        }
      }

      @Override
      public ImportBatch reject(BatchHeader header, int rows, List<Problem> problems) {
        return real.reject(header, rows, problems);
      }

      @Override
      public List<Observation> current(String period, Collection<String> unitCodes) {
        return real.current(period, unitCodes);
      }

      @Override
      public List<Observation> history(String unitCode, String period, String indicatorCode) {
        return real.history(unitCode, period, indicatorCode);
      }

      @Override
      public List<ImportBatch> batches(int offset, int limit) {
        return real.batches(offset, limit);
      }

      @Override
      public Optional<ImportBatch> batch(long id) {
        return real.batch(id);
      }

      @Override
      public Set<String> unitsWithData(String period) {
        return real.unitsWithData(period);
      }

      @Override
      public Set<String> periods() {
        return real.periods();
      }

      @Override
      public long count() {
        return real.count();
      }
    };
  }

  /**
   * Scoring left out: the units asked are counted and given back unscored. Scoring a province is
   * the scoring benchmark's business (issue 3).
   */
  ScoringService scoring() {
    return new ScoringService() {
      @Override
      public List<Score> rescore(String period, Collection<String> unitCodes) {
        rescoreAsked += unitCodes.size();
        return List.of();
      }

      @Override
      public List<Score> rescoreAll(String period) {
        return List.of();
      }

      @Override
      public Optional<Progress> progress() {
        return Optional.empty();
      }
    };
  }
}
