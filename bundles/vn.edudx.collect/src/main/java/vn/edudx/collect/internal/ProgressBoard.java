package vn.edudx.collect.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.edudx.api.collect.ImportProgress;
import vn.edudx.api.collect.ImportProgress.Phase;
import vn.edudx.api.observation.BatchHeader;

/**
 * The deliveries the pipeline is working on, each updated by the thread that works on it and read
 * by anyone who asks; a delivery leaves the board when its thread is done with it, however it ends.
 */
final class ProgressBoard {

  private final Map<Long, Entry> running = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Clock clock;

  ProgressBoard(Clock clock) {
    this.clock = clock;
  }

  /** Puts a delivery on the board; close the entry when done with it. */
  Entry start(String source, String instance, String origin, String receivedBy) {
    Entry e =
        new Entry(ids.incrementAndGet(), source, instance, origin, receivedBy, clock.instant());
    running.put(e.id, e);
    return e;
  }

  Entry start(BatchHeader h) {
    return start(h.source(), h.instance(), h.origin(), h.receivedBy());
  }

  List<ImportProgress> snapshot() {
    return running.values().stream()
        .sorted(Comparator.comparingLong(e -> e.id))
        .map(Entry::progress)
        .toList();
  }

  /** One delivery on the board. Its fields are written by one thread and read by others. */
  final class Entry implements AutoCloseable {
    private final long id;
    private final String source;
    private final String instance;
    private final String origin;
    private final String receivedBy;
    private final Instant startedAt;
    private volatile Phase phase = Phase.READING;
    private volatile int rows;
    private volatile int values;

    private Entry(
        long id,
        String source,
        String instance,
        String origin,
        String receivedBy,
        Instant startedAt) {
      this.id = id;
      this.source = source;
      this.instance = instance;
      this.origin = origin;
      this.receivedBy = receivedBy;
      this.startedAt = startedAt;
    }

    void rows(int read) {
      rows = read;
    }

    /** Moves to a later phase; {@code count} is the rows (checking) or the values (storing on). */
    void phase(Phase next, int count) {
      if (next == Phase.CHECKING) {
        rows = count;
      } else if (next != Phase.READING) {
        values = count;
      }
      phase = next;
    }

    ImportProgress progress() {
      return new ImportProgress(
          source, instance, origin, receivedBy, phase, rows, values, startedAt);
    }

    @Override
    public void close() {
      running.remove(id);
    }
  }
}
