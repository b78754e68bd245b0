package vn.edudx.collector.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;

/**
 * The drop folder behind every collector of files: a file put in the inbox is read by a {@link
 * Reader} (or, for files of observations, by the pipeline itself), handed to the ingest pipeline,
 * then moved to {@code done/} or {@code error/} with a report beside it. A file whose processing
 * fails unexpectedly stays and is retried until {@code maxAttempts}; a file above {@code
 * maxFileMegabytes} is refused unread.
 */
public final class DropFolder {

  /** Turns a file into the batch to ingest. */
  public interface Reader {
    Reading read(BatchHeader header, byte[] content, boolean acceptValidRows);
  }

  /**
   * Files of observations (CSV, a workbook): the drop folder hands their bytes to {@link
   * IngestService#ingestFile}, which picks its parser by the file's type; this reader is a marker
   * and is never called.
   */
  public static final Reader OBSERVATIONS =
      (header, content, acceptValidRows) -> {
        throw new UnsupportedOperationException("the pipeline reads files of observations");
      };

  /**
   * A file as read: the batch to ingest, and the problems of rows left out of it when valid rows
   * are accepted (the pipeline never sees them, so the report adds them).
   */
  public record Reading(IncomingBatch batch, List<Problem> leftOut) {
    public Reading {
      leftOut = List.copyOf(leftOut);
    }
  }

  /** The settings of one drop folder, whatever the collector's configuration type. */
  public record Settings(
      String name,
      String directory,
      boolean acceptValidRows,
      long pollMillis,
      int maxFileMegabytes,
      int maxAttempts) {}

  private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);
  private static final String OUTCOME = "EduDxOutcome";
  private static final String STAMP = "EduDxStamp";
  private static final DateTimeFormatter STAMP_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneId.systemDefault());

  private final String source;
  private final IngestService ingest;
  private final Settings settings;
  private final Reader reader;
  private final Path directory;
  private final Clock clock;
  private final Messages messages;
  private final Report reports;

  /** Failed attempts per file (name, size, time), kept in memory: a restart tries afresh. */
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  /**
   * @param messages the collector's messages: the report's keys and {@code file.too-large}
   */
  public DropFolder(
      String source,
      IngestService ingest,
      Settings settings,
      Reader reader,
      Clock clock,
      Messages messages) {
    this.messages = messages;
    this.reports = new Report(messages);
    this.source = source;
    this.ingest = ingest;
    this.settings = settings;
    this.reader = reader;
    this.directory = Path.of(settings.directory()).toAbsolutePath();
    this.clock = clock;
  }

  public Path directory() {
    return directory;
  }

  /** The instance's name, recorded in every delivery's header. */
  public String instance() {
    return settings.name();
  }

  public String routeId() {
    return source + "." + settings.name() + ".inbox";
  }

  public RoutesBuilder routes() {
    String uri =
        "file:"
            + directory
            + "?move=${header."
            + OUTCOME
            + "}/${header."
            + STAMP
            + "}-${file:name}"
            + "&readLock=changed&readLockCheckInterval=500&readLockTimeout=60000"
            // Hidden files, partial copies, and the lock file Excel writes beside a file it has
            // open (~$th01.xlsx), which is neither the file nor readable.
            + "&exclude=^\\..*|^~.*|.*\\.(part|tmp|crdownload)$"
            + "&delay="
            + settings.pollMillis()
            + "&initialDelay=200"
            + "&backoffErrorThreshold=1&backoffMultiplier=10";
    return new RouteBuilder() {
      @Override
      public void configure() {
        from(uri).routeId(routeId()).process(DropFolder.this::deliver);
      }
    };
  }

  /** Reads and ingests one file and says where it goes; the report is written before it moves. */
  public void deliver(Exchange exchange) throws IOException {
    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    Long length = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
    String attempt =
        name + '|' + length + '|' + exchange.getIn().getHeader(Exchange.FILE_LAST_MODIFIED);
    Instant received = clock.instant();
    String stamp = STAMP_FORMAT.format(received);
    String report;
    boolean accepted;
    try {
      IngestResult result;
      List<Problem> leftOut = List.of();
      if (length != null && length > settings.maxFileMegabytes() * 1024L * 1024L) {
        result = ingest.ingest(tooLarge(exchange, name, length, received));
      } else if (reader == OBSERVATIONS) {
        result =
            ingest.ingestFile(delivery(name, exchange.getIn().getBody(byte[].class), received));
      } else {
        Reading reading = read(name, exchange.getIn().getBody(byte[].class), received);
        result = ingest.ingest(reading.batch());
        leftOut = reading.leftOut();
      }
      failures.remove(attempt);
      report = reports.text(result, leftOut);
      accepted = result.accepted();
    } catch (RuntimeException e) {
      int failed = failures.merge(attempt, 1, Integer::sum);
      if (failed < settings.maxAttempts()) {
        throw e; // the file stays in the folder and is tried again later
      }
      failures.remove(attempt);
      LOG.error("{} could not be processed after {} attempts; moved to error/", name, failed, e);
      report = reports.failed(name, received, failed, e);
      accepted = false;
    }
    String outcome = accepted ? "done" : "error";
    Path folder = directory.resolve(outcome);
    Files.createDirectories(folder);
    Path file = folder.resolve(stamp + "-" + name + ".report.txt");
    try {
      Files.writeString(file, report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report " + file, e);
    }
    exchange.getIn().setHeader(STAMP, stamp);
    exchange.getIn().setHeader(OUTCOME, outcome);
  }

  private Delivery delivery(String name, byte[] content, Instant received) {
    return new Delivery(
        source,
        settings.name(),
        name,
        content,
        received,
        source + ":" + settings.name(),
        settings.acceptValidRows());
  }

  private Reading read(String name, byte[] content, Instant received) {
    BatchHeader header = header(name, sha256(content), received);
    return reader.read(header, content, settings.acceptValidRows());
  }

  private BatchHeader header(String name, String checksum, Instant received) {
    return new BatchHeader(
        source, settings.name(), name, checksum, received, source + ":" + settings.name());
  }

  /** A file refused unread for its size; its checksum is computed by streaming it. */
  private IncomingBatch tooLarge(Exchange exchange, String name, long length, Instant received)
      throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in =
        new DigestInputStream(exchange.getIn().getBody(InputStream.class), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    long megabytes = (length + 1024L * 1024L - 1) / (1024L * 1024L);
    Problem problem =
        messages.problem(
            "file.too-large", null, null, null, null, name, megabytes, settings.maxFileMegabytes());
    BatchHeader header = header(name, HexFormat.of().formatHex(digest.digest()), received);
    return new IncomingBatch(header, List.of(), List.of(problem), false);
  }

  public static String sha256(byte[] content) {
    return HexFormat.of().formatHex(sha256().digest(content));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
