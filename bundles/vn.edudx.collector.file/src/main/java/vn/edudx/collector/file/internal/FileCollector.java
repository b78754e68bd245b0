package vn.edudx.collector.file.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.collect.Collector;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;

/**
 * A drop folder: every file put in it goes through the ingest pipeline, then moves to {@code done/}
 * or, when rejected, to {@code error/}, with a report beside it either way. A file whose processing
 * fails unexpectedly (the database down, EduDX stopped) stays in the folder and is tried again, so
 * nothing is lost and, thanks to the checksum, nothing is stored twice.
 */
@Component(
    service = Collector.class,
    configurationPid = "vn.edudx.collector.file",
    configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = Collector.PROPERTY_ID + "=file")
@Designate(ocd = FileCollectorConfig.class, factory = true)
public class FileCollector implements Collector {

  static final String SOURCE = "file";
  static final String OUTCOME = "EduDxOutcome";
  static final String STAMP = "EduDxStamp";
  private static final DateTimeFormatter STAMP_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneId.systemDefault());

  private final IngestService ingest;
  private final FileCollectorConfig config;
  private final Path directory;
  private final Clock clock;

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
  public LocalizedText description() {
    return Report.MESSAGES.text("description", directory.toString());
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
            + "&exclude=^\\..*|.*\\.(part|tmp|crdownload)$"
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
    byte[] content = exchange.getIn().getBody(byte[].class);
    Instant received = clock.instant();
    String stamp = STAMP_FORMAT.format(received);
    IngestResult result =
        ingest.ingestFile(
            new Delivery(
                SOURCE,
                config.name(),
                name,
                content,
                received,
                SOURCE + ":" + config.name(),
                config.acceptValidRows()));
    String outcome = result.accepted() ? "done" : "error";
    Path folder = directory.resolve(outcome);
    Files.createDirectories(folder);
    Path report = folder.resolve(stamp + "-" + name + ".report.txt");
    try {
      Files.writeString(report, Report.text(result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report " + report, e);
    }
    exchange.getIn().setHeader(STAMP, stamp);
    exchange.getIn().setHeader(OUTCOME, outcome);
  }
}
