package vn.edudx.collector.file.internal;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Collector;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.collector.support.Report;

/**
 * A drop folder: every file put in it goes through the ingest pipeline, then moves to {@code done/}
 * or, when rejected, to {@code error/}, with a report beside it either way. A file whose processing
 * fails unexpectedly (the database down, EduDX stopped) stays in the folder and is tried again, so
 * nothing is lost and, thanks to the checksum, nothing is stored twice; after {@code maxAttempts}
 * failures it goes to {@code error/} with a report saying why. A file larger than {@code
 * maxFileMegabytes} is rejected without being read into memory.
 */
@Component(
    service = Collector.class,
    configurationPid = "vn.edudx.collector.file",
    configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = Collector.PROPERTY_ID + "=file")
@Designate(ocd = FileCollectorConfig.class, factory = true)
public class FileCollector implements Collector {

  /** The report beside each processed file, in the layout every drop folder shares. */
  private static final Report REPORT = new Report(FileMessages.MESSAGES);

  private static final Logger LOG = LoggerFactory.getLogger(FileCollector.class);
  static final String SOURCE = "file";
  static final String OUTCOME = "EduDxOutcome";
  static final String STAMP = "EduDxStamp";
  private static final DateTimeFormatter STAMP_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneId.systemDefault());

  private final IngestService ingest;
  private final FileCollectorConfig config;
  private final Path directory;
  private final Clock clock;

  /** Failed attempts per file (name, size, time), kept in memory: a restart tries afresh. */
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  @Activate
  public FileCollector(@Reference IngestService ingest, FileCollectorConfig config) {
    this(ingest, config, Clock.systemDefaultZone());
  }

  FileCollector(IngestService ingest, FileCollectorConfig config, Clock clock) {
    this.ingest = ingest;
    this.config = config;
    this.directory = Path.of(config.directory()).toAbsolutePath();
    this.clock = clock;
  }

  @Override
  public String id() {
    return SOURCE;
  }

  @Override
  public String instance() {
    return config.name();
  }

  @Override
  public LocalizedText description() {
    return FileMessages.MESSAGES.text("description", directory.toString());
  }

  /** The id of this drop folder's route. */
  String routeId() {
    return SOURCE + "." + config.name() + ".inbox";
  }

  @Override
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
            // Hidden files, partial downloads, and the lock file Excel keeps beside a workbook it
            // has open (~$th01.xlsx), which is neither the workbook nor readable.
            + "&exclude=^\\..*|^~.*|.*\\.(part|tmp|crdownload)$"
            + "&delay="
            + config.pollMillis()
            + "&initialDelay=200"
            + "&backoffErrorThreshold=1&backoffMultiplier=10";
    return new RouteBuilder() {
      @Override
      public void configure() {
        from(uri).routeId(routeId()).process(FileCollector.this::deliver);
      }
    };
  }

  /** Ingests one file and says where it goes; a report is written before it moves. */
  void deliver(Exchange exchange) throws IOException {
    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    Long length = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
    String attempt =
        name + '|' + length + '|' + exchange.getIn().getHeader(Exchange.FILE_LAST_MODIFIED);
    Instant received = clock.instant();
    String stamp = STAMP_FORMAT.format(received);
    String report;
    boolean accepted;
    try {
      IngestResult result =
          length != null && length > config.maxFileMegabytes() * 1024L * 1024L
              ? ingest.ingest(tooLarge(exchange, name, length, received))
              : ingest.ingestFile(
                  new Delivery(
                      SOURCE,
                      config.name(),
                      name,
                      exchange.getIn().getBody(byte[].class),
                      received,
                      SOURCE + ":" + config.name(),
                      config.acceptValidRows()));
      failures.remove(attempt);
      report = REPORT.text(result, List.of());
      accepted = result.accepted();
    } catch (RuntimeException e) {
      int failed = failures.merge(attempt, 1, Integer::sum);
      if (failed < config.maxAttempts()) {
        throw e; // the file stays in the folder and is tried again later
      }
      failures.remove(attempt);
      LOG.error("{} could not be processed after {} attempts; moved to error/", name, failed, e);
      report = REPORT.failed(name, received, failed, e);
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

  /** A delivery refused unread for its size; its checksum is computed by streaming the file. */
  private IncomingBatch tooLarge(Exchange exchange, String name, long length, Instant received)
      throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in =
        new DigestInputStream(exchange.getIn().getBody(InputStream.class), sha256)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    BatchHeader header =
        new BatchHeader(
            SOURCE,
            config.name(),
            name,
            HexFormat.of().formatHex(sha256.digest()),
            received,
            SOURCE + ":" + config.name());
    long megabytes = (length + 1024L * 1024L - 1) / (1024L * 1024L);
    Problem problem =
        FileMessages.MESSAGES.problem(
            "file.too-large", null, null, null, null, name, megabytes, config.maxFileMegabytes());
    return new IncomingBatch(header, List.of(), List.of(problem), false);
  }
}
