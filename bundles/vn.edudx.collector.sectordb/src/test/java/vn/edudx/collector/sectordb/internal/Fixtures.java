package vn.edudx.collector.sectordb.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.ImportBatch;

/** Stand-ins the tests share: a configuration, a clock a test moves, and a pipeline. */
final class Fixtures {

  private Fixtures() {}

  /** The configuration's defaults, with {@code overrides} by attribute name. */
  static SectorDbCollectorConfig config(Map<String, Object> overrides) {
    return (SectorDbCollectorConfig)
        Proxy.newProxyInstance(
            SectorDbCollectorConfig.class.getClassLoader(),
            new Class<?>[] {SectorDbCollectorConfig.class},
            (proxy, method, args) -> {
              if (method.getName().equals("annotationType")) {
                return SectorDbCollectorConfig.class;
              }
              Object value = overrides.get(method.getName());
              return value != null ? value : method.getDefaultValue();
            });
  }

  static Map<String, Object> settings(String url, Object... more) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", "t");
    m.put("url", url);
    m.put("pageSize", 2);
    m.put("intervalSeconds", 60L);
    m.put("backoffBaseSeconds", 10L);
    m.put("backoffMaxSeconds", 35L);
    m.put("connectTimeoutSeconds", 2);
    m.put("readTimeoutSeconds", 2);
    for (int i = 0; i < more.length; i += 2) {
      m.put((String) more[i], more[i + 1]);
    }
    return m;
  }

  /** A clock that moves only when told. */
  static final class MovingClock extends Clock {
    private volatile Instant now = Instant.parse("2026-06-15T08:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    void set(Instant at) {
      now = at;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /**
   * A pipeline that stores a checksum once (a repeat is a duplicate, as the real one answers) and
   * rejects a batch with parse problems.
   */
  static final class Pipeline implements IngestService {
    final List<IncomingBatch> received = new CopyOnWriteArrayList<>();
    final List<IncomingBatch> stored = new CopyOnWriteArrayList<>();
    final List<ImportBatch.Status> answers = new CopyOnWriteArrayList<>();

    /** Units whose self-assessment is closed: a page of only their values is refused as such. */
    final java.util.Set<String> closed = new java.util.concurrent.CopyOnWriteArraySet<>();

    @Override
    public synchronized IngestResult ingest(IncomingBatch batch) {
      received.add(batch);
      ImportBatch.Status status;
      List<vn.edudx.api.Problem> problems = batch.parseProblems();
      if (!batch.parseProblems().isEmpty()) {
        status = ImportBatch.Status.REJECTED;
      } else if (!batch.rows().isEmpty()
          && batch.rows().stream().allMatch(r -> closed.contains(r.unit().text()))) {
        status = ImportBatch.Status.REJECTED;
        problems =
            batch.rows().stream()
                .map(
                    r ->
                        vn.edudx.api.Problem.general(
                            "row.closed.submitted",
                            LocalizedText.of("closed " + r.unit().text()),
                            LocalizedText.of("return it")))
                .toList();
      } else if (stored.stream()
          .anyMatch(b -> b.header().checksum().equals(batch.header().checksum()))) {
        status = ImportBatch.Status.DUPLICATE;
      } else {
        stored.add(batch);
        status = ImportBatch.Status.ACCEPTED;
      }
      answers.add(status);
      ImportBatch b =
          new ImportBatch(
              received.size(),
              batch.header(),
              status,
              batch.rows().size(),
              status == ImportBatch.Status.ACCEPTED ? batch.rows().size() : 0,
              null,
              problems);
      return new IngestResult(b, Set.of(), LocalizedText.of(status.name()));
    }

    @Override
    public IngestResult ingestFile(Delivery delivery) {
      throw new UnsupportedOperationException("the sector database sends no files");
    }

    /** Values stored, as unit|indicator=value. */
    List<String> values() {
      return stored.stream()
          .flatMap(b -> b.rows().stream())
          .map(r -> r.unit().text() + "|" + r.indicator().text() + "=" + r.value().text())
          .toList();
    }
  }
}
