package vn.edudx.scoring.drools.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.IndicatorSetStore;
import vn.edudx.api.indicator.SetVersion;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;

/** In-memory stores behaving like the JPA ones in what the rule base relies on. */
final class MemoryStores {

  private MemoryStores() {}

  static final class Units implements UnitStore {
    final Map<String, OrgUnit> units = new LinkedHashMap<>();

    @Override
    public Optional<OrgUnit> find(String code) {
      return Optional.ofNullable(units.get(code));
    }

    @Override
    public List<OrgUnit> list(UnitType type, SchoolLevel level) {
      return units.values().stream()
          .filter(u -> type == null || u.type() == type)
          .filter(u -> level == null || u.level() == level)
          .toList();
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
    final List<Observation> values = new ArrayList<>();

    @Override
    public ImportBatch accept(
        BatchHeader header, int rows, List<NewObservation> v, List<Problem> skipped) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ImportBatch reject(BatchHeader header, int rows, List<Problem> problems) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Observation> current(String period, Collection<String> unitCodes) {
      Map<String, Observation> latest = new LinkedHashMap<>();
      values.stream()
          .filter(o -> o.period().equals(period) && unitCodes.contains(o.unitCode()))
          .sorted(Comparator.comparingLong(Observation::id))
          .forEach(o -> latest.put(o.unitCode() + '|' + o.indicatorCode(), o));
      return List.copyOf(latest.values());
    }

    @Override
    public List<Observation> history(String unitCode, String period, String indicatorCode) {
      return List.of();
    }

    @Override
    public List<ImportBatch> batches(int offset, int limit) {
      return List.of();
    }

    @Override
    public Optional<ImportBatch> batch(long id) {
      return Optional.empty();
    }

    @Override
    public Set<String> unitsWithData(String period) {
      Set<String> units = new TreeSet<>();
      values.stream().filter(o -> o.period().equals(period)).forEach(o -> units.add(o.unitCode()));
      return units;
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

  static final class Scores implements ScoreStore {
    final Map<String, Score> scores = new LinkedHashMap<>();
    int writes;

    @Override
    public void replace(List<Score> all) {
      writes++;
      all.forEach(s -> scores.put(s.unitCode() + '|' + s.period() + '|' + s.setId(), s));
    }

    @Override
    public Map<String, Score> findAll(String period, String setId, Collection<String> units) {
      Map<String, Score> found = new LinkedHashMap<>();
      units.forEach(u -> find(u, period, setId).ifPresent(s -> found.put(u, s)));
      return found;
    }

    @Override
    public Optional<Score> find(String unitCode, String period, String setId) {
      return Optional.ofNullable(scores.get(unitCode + '|' + period + '|' + setId));
    }

    @Override
    public List<Score> forPeriod(String period) {
      return scores.values().stream().filter(s -> s.period().equals(period)).toList();
    }
  }

  static final class Sets implements IndicatorSetStore {
    final Map<String, SetVersion> versions = new HashMap<>();
    final Map<String, Activation> activations = new HashMap<>();

    @Override
    public Optional<SetVersion> find(String id, int version) {
      return Optional.ofNullable(versions.get(id + "@" + version));
    }

    @Override
    public List<SetVersion> versions() {
      return versions.values().stream()
          .sorted(Comparator.comparing(SetVersion::id).thenComparing(SetVersion::version))
          .map(SetVersion::summary)
          .toList();
    }

    @Override
    public SetVersion save(SetVersion v) {
      SetVersion old = versions.get(v.key());
      if (old != null && old.status() != SetVersion.Status.DRAFT) {
        if (!old.checksum().equals(v.checksum())) {
          throw new EduDxException(
              EduDxException.Kind.CONFLICT,
              new Problem(
                  "set.version.frozen",
                  "version",
                  null,
                  null,
                  null,
                  LocalizedText.of("frozen"),
                  LocalizedText.of("new version")));
        }
        return old;
      }
      versions.put(v.key(), v);
      return v;
    }

    @Override
    public SetVersion status(String id, int version, SetVersion.Status status) {
      SetVersion v = versions.get(id + "@" + version);
      SetVersion changed =
          new SetVersion(
              v.id(),
              v.version(),
              v.title(),
              status,
              v.origin(),
              v.checksum(),
              v.createdAt(),
              v.createdBy(),
              v.definition());
      versions.put(changed.key(), changed);
      return changed.summary();
    }

    @Override
    public Optional<Activation> activation(String setId, String period) {
      return Optional.ofNullable(activations.get(setId + "|" + period));
    }

    @Override
    public List<Activation> activations() {
      return List.copyOf(activations.values());
    }

    @Override
    public Activation activate(String setId, int version, String period, String by) {
      SetVersion v = versions.get(setId + "@" + version);
      if (v.status() == SetVersion.Status.DRAFT) {
        status(setId, version, SetVersion.Status.ACTIVE);
      }
      Activation a = new Activation(setId, period, version, Instant.now(), by);
      activations.put(setId + "|" + period, a);
      return a;
    }
  }
}
