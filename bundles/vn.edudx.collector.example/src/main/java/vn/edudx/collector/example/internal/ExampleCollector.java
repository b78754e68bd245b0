package vn.edudx.collector.example.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.Collector;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;

/**
 * The smallest real collector, the developer guide's worked example: a Camel timer hands one
 * configured value to the ingest pipeline, which validates, stores and rescores it like any other.
 *
 * <p>DS creates one instance per factory configuration {@code vn.edudx.collector.example-*} ({@code
 * REQUIRE}: none without one) once an {@link IngestService} exists; the core adds its routes when
 * the service appears and removes them when it goes, so {@code feature:install} and {@code
 * feature:uninstall} need no restart.
 */
@Component(
    service = Collector.class,
    configurationPid = "vn.edudx.collector.example",
    configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = Collector.PROPERTY_ID + "=" + ExampleCollector.SOURCE)
@Designate(ocd = ExampleCollectorConfig.class, factory = true)
public class ExampleCollector implements Collector {

  /** The collector id: the source of every value it delivers. */
  static final String SOURCE = "example";

  static final Messages MESSAGES =
      Messages.load("vn.edudx.collector.example.internal.messages", ExampleCollector.class);

  private final IngestService ingest;
  private final ExampleCollectorConfig config;
  private final Clock clock;
  private volatile String lastSent; // the checksum of the last content the pipeline took

  @Activate
  public ExampleCollector(@Reference IngestService ingest, ExampleCollectorConfig config) {
    this(ingest, config, Clock.systemDefaultZone());
  }

  ExampleCollector(IngestService ingest, ExampleCollectorConfig config, Clock clock) {
    this.ingest = ingest;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public String id() {
    return SOURCE;
  }

  /** The configuration's name: the status and the stored values are filed under it. */
  @Override
  public String instance() {
    return config.name();
  }

  @Override
  public LocalizedText description() {
    return MESSAGES.text("description", config.indicator(), config.unit(), period());
  }

  /** One route, whose id starts with the collector id as the SPI asks. */
  @Override
  public RoutesBuilder routes() {
    long seconds = config.periodSeconds();
    String every = seconds > 0 ? "period=" + seconds * 1000 : "repeatCount=1"; // 1: once, at start
    String timer = String.format("timer:%s-%s?delay=0&%s", SOURCE, instance(), every);
    return new RouteBuilder() {
      @Override
      public void configure() {
        // An exception thrown here (the database down) is logged by Camel; the next tick retries.
        from(timer).routeId(SOURCE + "." + instance()).process(exchange -> deliver());
      }
    };
  }

  /**
   * Builds the batch and hands it over. The pipeline stores a repeat of the same content once, but
   * records every repeat as a delivery; so content already sent is not sent again every tick.
   */
  void deliver() {
    String period = period();
    String content = String.join("|", config.unit(), config.indicator(), period, config.value());
    String checksum = sha256(content);
    if (checksum.equals(lastSent)) {
      return;
    }
    IncomingRow row =
        new IncomingRow(
            1, // the row the pipeline's problems would point at
            cell(config.unit(), "unit"),
            cell(period, "period"),
            cell(config.indicator(), "indicator"),
            cell(config.value(), "value"),
            cell("", "evidence"),
            cell("", "note"));
    BatchHeader header =
        new BatchHeader(
            SOURCE, instance(), SOURCE + "-" + period, checksum, Instant.now(clock), null);
    ingest.ingest(new IncomingBatch(header, List.of(row), List.of(), false));
    lastSent = checksum; // not reached when the pipeline throws: the next tick tries again
  }

  /** The configured period, or the calendar year of today when none is configured. */
  String period() {
    String p = config.period().strip();
    return p.isEmpty() ? Integer.toString(Year.now(clock).getValue()) : p;
  }

  /** A value without a source column: column 0, and the field name as its header. */
  private static Cell cell(String text, String field) {
    return new Cell(text, 0, field);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
