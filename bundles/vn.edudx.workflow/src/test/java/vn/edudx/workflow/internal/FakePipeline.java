package vn.edudx.workflow.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Progress;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.score.ScoringService;

/**
 * In-memory stand-ins for the data path an edit takes: the ingest pipeline, the observations it
 * stores (with duplicate checksums dropped, as the real store does), scoring and the scores.
 */
final class FakePipeline {

  private FakePipeline() {}

  static final class Observations implements ObservationStore {
    final List<Observation> values = new ArrayList<>();
    final List<ImportBatch> batches = new ArrayList<>();

    @Override
    public ImportBatch accept(
        BatchHeader header, int rows, List<NewObservation> v, List<Problem> skipped) {
      Optional<ImportBatch> earlier =
          batches.stream()
              .filter(b -> b.status() == ImportBatch.Status.ACCEPTED)
              .filter(b -> b.header().checksum().equals(header.checksum()))
              .findFirst();
      long id = batches.size() + 1L;
      if (earlier.isPresent()) {
        ImportBatch dup =
            new ImportBatch(
                id, header, ImportBatch.Status.DUPLICATE, rows, 0, earlier.get().id(), List.of());
        batches.add(dup);
        return dup;
      }
      for (NewObservation o : v) {
        values.add(
            new Observation(
                values.size() + 1L,
                o.unitCode(),
                o.period(),
                o.indicatorCode(),
                o.value(),
                o.evidence(),
                o.note(),
                new Provenance(
                    id,
                    header.source(),
                    header.instance(),
                    header.origin(),
                    o.row(),
                    header.receivedAt(),
                    header.receivedBy())));
      }
      ImportBatch b =
          new ImportBatch(id, header, ImportBatch.Status.ACCEPTED, rows, v.size(), null, skipped);
      batches.add(b);
      return b;
    }

    @Override
    public ImportBatch reject(BatchHeader header, int rows, List<Problem> problems) {
      ImportBatch b =
          new ImportBatch(
              batches.size() + 1L, header, ImportBatch.Status.REJECTED, rows, 0, null, problems);
      batches.add(b);
      return b;
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
      return values.stream()
          .filter(o -> o.unitCode().equals(unitCode) && o.period().equals(period))
          .filter(o -> o.indicatorCode().equals(indicatorCode))
          .sorted(Comparator.comparingLong(Observation::id).reversed())
          .toList();
    }

    @Override
    public List<ImportBatch> batches(int offset, int limit) {
      return List.copyOf(batches);
    }

    @Override
    public Optional<ImportBatch> batch(long id) {
      return batches.stream().filter(b -> b.id() == id).findFirst();
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

  /**
   * The ingest pipeline in brief: every row checked (unit, indicator, yes/no or number), all or
   * nothing stored, then the units rescored.
   */
  static final class Ingest implements IngestService {
    final Fakes.Units units;
    final Observations observations;
    final ScoringService scoring;
    final List<IncomingBatch> received = new ArrayList<>();

    Ingest(Fakes.Units units, Observations observations, ScoringService scoring) {
      this.units = units;
      this.observations = observations;
      this.scoring = scoring;
    }

    @Override
    public IngestResult ingest(IncomingBatch batch) {
      received.add(batch);
      List<Problem> problems = new ArrayList<>();
      List<NewObservation> values = new ArrayList<>();
      for (IncomingRow r : batch.rows()) {
        Optional<Indicator> indicator = Fakes.Registry.MOET.indicator(r.indicator().text());
        String value = indicator.map(i -> canonical(i, r.value().text())).orElse(null);
        if (units.find(r.unit().text()).isEmpty() || value == null) {
          problems.add(
              new Problem(
                  "row.value.invalid",
                  r.value().header(),
                  r.row(),
                  null,
                  r.value().text(),
                  LocalizedText.of("bad value of " + r.indicator().text()),
                  LocalizedText.of("fix it")));
          continue;
        }
        values.add(
            new NewObservation(
                r.unit().text(),
                r.period().text(),
                indicator.get().code(),
                value,
                r.evidence().isBlank() ? null : r.evidence().text(),
                r.note().isBlank() ? null : r.note().text(),
                r.row()));
      }
      if (!problems.isEmpty()) {
        return new IngestResult(
            observations.reject(batch.header(), batch.rows().size(), problems),
            Set.of(),
            LocalizedText.of("rejected"));
      }
      ImportBatch stored =
          observations.accept(batch.header(), batch.rows().size(), values, List.of());
      Set<String> rescored = new TreeSet<>();
      if (stored.status() == ImportBatch.Status.ACCEPTED) {
        values.forEach(v -> rescored.add(v.unitCode()));
        scoring.rescore(values.get(0).period(), rescored);
      }
      return new IngestResult(stored, rescored, LocalizedText.of("ok"));
    }

    private static String canonical(Indicator indicator, String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      if (t.isEmpty()) {
        return null;
      }
      if (indicator.type() == ValueType.BOOLEAN) {
        return switch (t) {
          case "có", "yes", "true", "đạt" -> "true";
          case "không", "no", "false" -> "false";
          default -> null;
        };
      }
      try {
        return new BigDecimal(t.replace(',', '.')).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return null;
      }
    }

    @Override
    public IngestResult ingestFile(Delivery delivery) {
      throw new UnsupportedOperationException();
    }
  }

  /** Scores a unit with 10 points per "yes" and the percentage as it is, in one group. */
  static final class Scoring implements ScoringService {
    final Observations observations;
    final Scores scores;
    final Clock clock;
    final Set<String> unscorable = new TreeSet<>();
    int runs;

    Scoring(Observations observations, Scores scores, Clock clock) {
      this.observations = observations;
      this.scores = scores;
      this.clock = clock;
    }

    @Override
    public List<Score> rescore(String period, Collection<String> unitCodes) {
      runs++;
      List<Score> done = new ArrayList<>();
      for (String unit : unitCodes) {
        if (unscorable.contains(unit)) {
          continue;
        }
        BigDecimal points = BigDecimal.ZERO;
        for (Observation o : observations.current(period, List.of(unit))) {
          if (o.value().equals("true")) {
            points = points.add(BigDecimal.TEN);
          } else if (!o.value().equals("false")) {
            points = points.add(o.asNumber());
          }
        }
        done.add(score(unit, period, points, clock.instant()));
      }
      scores.replace(done);
      return done;
    }

    static Score score(String unit, String period, BigDecimal points, Instant at) {
      GroupScore g =
          new GroupScore(
              "G1",
              LocalizedText.of("G1"),
              points,
              new BigDecimal("100"),
              new BigDecimal("100"),
              1,
              null,
              List.of(),
              List.of(),
              List.of(),
              null);
      return new Score(unit, period, Fakes.SET, 1, at, List.of(g), null, null, null);
    }

    @Override
    public List<Score> rescoreAll(String period) {
      return rescore(period, observations.unitsWithData(period));
    }

    @Override
    public Optional<Progress> progress() {
      return Optional.empty();
    }
  }

  static final class Scores implements ScoreStore {
    final Map<String, Score> scores = new LinkedHashMap<>();

    @Override
    public void replace(List<Score> all) {
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
}
