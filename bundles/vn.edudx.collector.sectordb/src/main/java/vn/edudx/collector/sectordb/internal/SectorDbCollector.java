package vn.edudx.collector.sectordb.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.collect.Collector;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.collect.SourceProblem;

/**
 * A sector-database export (SMAS, CSDL ngành) pulled over HTTP on a schedule: pages of units with
 * their staff, student and facility counts and record flags, read from a saved cursor, mapped to
 * indicators by configuration and ingested page by page.
 *
 * <p>DS creates one instance per factory configuration {@code vn.edudx.collector.sectordb-*}
 * ({@code REQUIRE}); one with an empty {@code url} offers no route and pulls nothing.
 */
@Component(
    service = Collector.class,
    configurationPid = "vn.edudx.collector.sectordb",
    configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = Collector.PROPERTY_ID + "=" + SectorDbCollector.SOURCE)
@Designate(ocd = SectorDbCollectorConfig.class, factory = true)
public class SectorDbCollector implements Collector {

  static final String SOURCE = "sectordb";

  /** How often the route asks whether a pull (or a retry) is due. */
  static final long TICK_MILLIS = 500;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

  /**
   * The names of the instances running in this bundle: two configurations with one name would share
   * a cursor file and overwrite each other's place.
   */
  private static final java.util.Set<String> NAMES_IN_USE =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final String instance;
  private final String url;

  /** When this instance found its name taken by another; it then pulls nothing. */
  private volatile java.time.Instant nameTaken;

  private boolean ownsName;
  private final long intervalSeconds;
  private final Puller puller;

  @Activate
  public SectorDbCollector(@Reference IngestService ingest, SectorDbCollectorConfig config) {
    this(ingest, config, cursorDirectory(config), Clock.systemUTC());
    claimName(Clock.systemUTC());
  }

  /** Takes this instance's name, or marks it as a second configuration of a name in use. */
  void claimName(Clock clock) {
    ownsName = NAMES_IN_USE.add(instance);
    nameTaken = ownsName ? null : clock.instant();
  }

  @Deactivate
  void releaseName() {
    if (ownsName) {
      NAMES_IN_USE.remove(instance);
      ownsName = false;
    }
  }

  SectorDbCollector(
      IngestService ingest, SectorDbCollectorConfig config, Path cursorDirectory, Clock clock) {
    if (!NAME.matcher(config.name()).matches()) {
      throw new IllegalArgumentException(
          "name: '" + config.name() + "' must be letters, digits, '.', '_' or '-'");
    }
    this.instance = config.name();
    this.url = config.url().strip();
    this.intervalSeconds = config.intervalSeconds();
    HttpSource http =
        new HttpSource(
            new HttpSource.Settings(
                url,
                Math.max(1, config.pageSize()),
                Duration.ofSeconds(Math.max(1, config.connectTimeoutSeconds())),
                Duration.ofSeconds(Math.max(1, config.readTimeoutSeconds())),
                config.bearerToken(),
                config.apiKeyHeader(),
                config.apiKey(),
                Math.max(1, config.maxPageKilobytes()) * 1024));
    Duration base = Duration.ofSeconds(Math.max(1, config.backoffBaseSeconds()));
    Duration max =
        Duration.ofSeconds(Math.max(config.backoffBaseSeconds(), config.backoffMaxSeconds()));
    this.puller =
        new Puller(
            SOURCE,
            instance,
            http,
            new PageReader(Mapping.parse(config.mapping())),
            new CursorFile(cursorDirectory.resolve(instance + ".cursor")),
            ingest,
            new Puller.Timing(Duration.ofSeconds(Math.max(1, intervalSeconds)), base, max),
            config.acceptValidRows(),
            clock);
  }

  /** {@code cursorDirectory}, or {@code ${karaf.data}/edudx/sectordb} when it is empty. */
  static Path cursorDirectory(SectorDbCollectorConfig config) {
    String dir = config.cursorDirectory().strip();
    if (!dir.isEmpty()) {
      return Path.of(dir);
    }
    return Path.of(System.getProperty("karaf.data", "data"), "edudx", SOURCE);
  }

  @Override
  public String id() {
    return SOURCE;
  }

  /** The configuration's name: provenance, status and the cursor file are filed under it. */
  @Override
  public String instance() {
    return instance;
  }

  @Override
  public LocalizedText description() {
    return url.isEmpty()
        ? SectorDbMessages.MESSAGES.text("description.disabled")
        : SectorDbMessages.MESSAGES.text(
            "description", HttpSource.display(url), String.valueOf(intervalSeconds));
  }

  @Override
  public Optional<SourceProblem> sourceProblem() {
    java.time.Instant taken = nameTaken;
    if (taken != null) {
      return Optional.of(
          new SourceProblem(
              SectorDbMessages.MESSAGES.text("status.name-taken", instance), taken, null));
    }
    return puller.problem();
  }

  Puller puller() {
    return puller;
  }

  String routeId() {
    return SOURCE + "." + instance;
  }

  /**
   * One timer route that asks the puller every {@link #TICK_MILLIS} whether a pull is due, so that
   * the back-off can be shorter or longer than the interval; none when no {@code url} is set.
   */
  @Override
  public RoutesBuilder routes() {
    String timer = String.format("timer:%s-%s?delay=0&period=%d", SOURCE, instance, TICK_MILLIS);
    return new RouteBuilder() {
      @Override
      public void configure() {
        if (!url.isEmpty() && nameTaken == null) {
          // A failure of the pipeline is logged by Camel; the puller tries again after the base
          // wait.
          from(timer).routeId(routeId()).process(exchange -> puller.tick());
        }
      }
    };
  }
}
