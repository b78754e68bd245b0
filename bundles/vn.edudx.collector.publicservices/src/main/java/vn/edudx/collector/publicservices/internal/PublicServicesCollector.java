package vn.edudx.collector.publicservices.internal;

import java.time.Clock;
import org.apache.camel.RoutesBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.collect.Collector;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.collector.support.DropFolder;

/**
 * Public-services statistics through a drop folder: each CSV, one row per administrative procedure,
 * becomes the four counts the plan's PS-L4 and PS-ONLINE ratios read, per office and year, ingested
 * with the file as provenance.
 */
@Component(
    service = Collector.class,
    configurationPid = "vn.edudx.collector.publicservices",
    configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = Collector.PROPERTY_ID + "=" + PublicServicesCollector.SOURCE)
@Designate(ocd = PublicServicesCollectorConfig.class, factory = true)
public class PublicServicesCollector implements Collector {

  static final String SOURCE = "publicservices";

  private final DropFolder folder;

  @Activate
  public PublicServicesCollector(
      @Reference IngestService ingest,
      @Reference UnitStore units,
      PublicServicesCollectorConfig config) {
    this(ingest, new ProceduresReader(units::findAll), settings(config), Clock.systemDefaultZone());
  }

  PublicServicesCollector(
      IngestService ingest, ProceduresReader reader, DropFolder.Settings settings, Clock clock) {
    this.folder =
        new DropFolder(SOURCE, ingest, settings, reader, clock, PublicServicesMessages.MESSAGES);
  }

  static DropFolder.Settings settings(PublicServicesCollectorConfig c) {
    return new DropFolder.Settings(
        c.name(),
        c.directory(),
        c.acceptValidRows(),
        c.pollMillis(),
        c.maxFileMegabytes(),
        c.maxAttempts());
  }

  @Override
  public String id() {
    return SOURCE;
  }

  /** The drop folder's name: the instance its deliveries are recorded under, and its status. */
  @Override
  public String instance() {
    return folder.instance();
  }

  @Override
  public LocalizedText description() {
    return PublicServicesMessages.MESSAGES.text("description", folder.directory().toString());
  }

  String routeId() {
    return folder.routeId();
  }

  @Override
  public RoutesBuilder routes() {
    return folder.routes();
  }
}
