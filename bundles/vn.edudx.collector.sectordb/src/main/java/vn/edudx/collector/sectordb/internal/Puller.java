package vn.edudx.collector.sectordb.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.collect.SourceProblem;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;

/**
 * One source's pulling, without Camel so that it can be tested tick by tick: pages are fetched from
 * the saved cursor until the source says there are no more, each page is ingested, and the cursor
 * moves only once the pipeline has taken the page; a failing source is retried after a wait that
 * doubles up to a maximum, and is reported down meanwhile.
 */
final class Puller {

  private static final Logger LOG = LoggerFactory.getLogger(Puller.class);

  /**
   * The most pages in one pull, so that a pull ends now and then (to be stopped, to report) even
   * when a source's {@code hasMore} never ends; the next tick goes on from the cursor.
   */
  static final int MAX_PAGES_PER_PULL = 1_000;

  /**
   * How often to pull and how to back off.
   *
   * @param interval between two pulls while the source answers
   * @param backoffBase the wait after the first failure, doubled after each next one
   * @param backoffMax the longest wait
   */
  record Timing(Duration interval, Duration backoffBase, Duration backoffMax) {}

  private final String source;
  private final String instance;
  private final HttpSource http;
  private final PageReader reader;
  private final CursorFile cursor;
  private final IngestService ingest;
  private final Timing timing;
  private final boolean acceptValidRows;
  private final Clock clock;

  private int maxPages = MAX_PAGES_PER_PULL;
  private Instant due = Instant.MIN;
  private int failures;
  private volatile SourceProblem down;
  private String rejected; // checksum of the page the pipeline last rejected

  Puller(
      String source,
      String instance,
      HttpSource http,
      PageReader reader,
      CursorFile cursor,
      IngestService ingest,
      Timing timing,
      boolean acceptValidRows,
      Clock clock) {
    this.source = source;
    this.instance = instance;
    this.http = http;
    this.reader = reader;
    this.cursor = cursor;
    this.ingest = ingest;
    this.timing = timing;
    this.acceptValidRows = acceptValidRows;
    this.clock = clock;
  }

  /** Another page limit than {@link #MAX_PAGES_PER_PULL}, for tests. */
  synchronized Puller limitPages(int pages) {
    this.maxPages = pages;
    return this;
  }

  /** Why the source is down, while it is. */
  Optional<SourceProblem> problem() {
    return Optional.ofNullable(down);
  }

  /** When the next pull happens. */
  synchronized Instant due() {
    return due;
  }

  /** Called on every timer tick: pulls when a pull is due, else does nothing. */
  synchronized void tick() {
    if (!clock.instant().isBefore(due)) {
      pull();
    }
  }

  /** Pulls every page there is now, then plans the next pull (or retry). */
  synchronized void pull() {
    Instant started = clock.instant();
    try {
      boolean more = pullPages();
      if (down != null) {
        LOG.info("Sector database {} answers again; pulled from the saved cursor", instance);
      }
      failures = 0;
      down = null;
      due = more ? clock.instant() : started.plus(timing.interval());
    } catch (SourceException e) {
      failures++;
      Instant now = clock.instant();
      Instant next = now.plus(backoff(failures));
      Instant since = down == null ? now : down.since();
      down = new SourceProblem(downText(e.text(), next), since, next);
      due = next;
      LOG.warn(
          "Sector database {} failed ({} in a row), next try {}: {}",
          instance,
          failures,
          next,
          e.getMessage());
    } catch (RuntimeException e) {
      // The pipeline or the disk failed, not the source: nothing moved, try again soon.
      due = clock.instant().plus(timing.backoffBase());
      throw e;
    }
  }

  /** The wait after the {@code n}th failure in a row: base, 2 base, 4 base, … up to the maximum. */
  Duration backoff(int n) {
    Duration wait = timing.backoffBase();
    for (int i = 1; i < n && wait.compareTo(timing.backoffMax()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(timing.backoffMax()) > 0 ? timing.backoffMax() : wait;
  }

  /** Whether pages remain after the page limit: the next tick goes on at once. */
  private boolean pullPages() throws SourceException {
    String since = readCursor();
    for (int page = 0; page < maxPages; page++) {
      String where = HttpSource.origin(http.pageUri(since));
      byte[] body = http.fetch(since);
      PageReader.Page read = reader.read(body, where);
      if (read.items() > 0 && !ingested(read, body, where)) {
        return false; // rejected: the cursor stays before this page until the source corrects it
      }
      if (read.nextCursor() != null && !read.nextCursor().equals(since)) {
        writeCursor(read.nextCursor());
        since = read.nextCursor();
      } else if (read.hasMore()) {
        throw new SourceException("source.page.cursor-stuck", where);
      }
      if (!read.hasMore()) {
        return false;
      }
    }
    LOG.info("Sector database {}: {} pages pulled, the rest at the next tick", instance, maxPages);
    return true;
  }

  /** A time as people read it in a status line: UTC, to the second. */
  private static String at(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The status line in each language, around the error in the same language. */
  private static LocalizedText downText(LocalizedText error, Instant next) {
    return new LocalizedText(
        SectorDbMessages.MESSAGES.text("status.down", error.vi(), at(next)).vi(),
        SectorDbMessages.MESSAGES.text("status.down", error.en(), at(next)).en());
  }

  /**
   * Hands a page to the pipeline; whether the cursor may pass it. A page the pipeline rejected is
   * not sent again while the source returns it unchanged.
   */
  private boolean ingested(PageReader.Page read, byte[] body, String where) {
    String checksum = sha256(body);
    if (checksum.equals(rejected)) {
      return false;
    }
    BatchHeader header = new BatchHeader(source, instance, where, checksum, clock.instant(), null);
    IngestResult result =
        ingest.ingest(new IncomingBatch(header, read.rows(), read.problems(), acceptValidRows));
    if (result.batch().status() == ImportBatch.Status.REJECTED
        && result.batch().problems().stream().allMatch(p -> p.code().startsWith("row.closed."))) {
      // Every value of the page belongs to a self-assessment under review or approved: nothing the
      // source could correct, and waiting on it would stop every later page.
      LOG.info(
          "Sector database {}: page {} holds only values of closed self-assessments (batch {});"
              + " passed",
          instance,
          where,
          result.batch().id());
      rejected = null;
      return true;
    }
    if (result.batch().status() == ImportBatch.Status.REJECTED) {
      rejected = checksum;
      LOG.warn(
          "Sector database {}: page {} rejected (batch {}); the cursor stays before it",
          instance,
          where,
          result.batch().id());
      return false;
    }
    rejected = null;
    return true;
  }

  private String readCursor() {
    try {
      return cursor.read();
    } catch (IOException e) {
      throw new UncheckedIOException("The cursor " + cursor.path() + " cannot be read", e);
    }
  }

  private void writeCursor(String value) {
    try {
      cursor.write(value);
    } catch (IOException e) {
      throw new UncheckedIOException("The cursor " + cursor.path() + " cannot be written", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
