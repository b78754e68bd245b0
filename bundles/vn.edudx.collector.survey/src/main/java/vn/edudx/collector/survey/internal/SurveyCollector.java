package vn.edudx.collector.survey.internal;

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
 * Satisfaction surveys through a drop folder: each CSV export, one row per respondent, becomes the
 * percent satisfied per unit and year ({@code plan.satisfaction-learners} for schools, {@code
 * plan.satisfaction-public} for the office), ingested with the file as provenance.
 */
@Component(
    service = Collector.class,
    configurationPid = "vn.edudx.collector.survey",
    configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = Collector.PROPERTY_ID + "=" + SurveyCollector.SOURCE)
@Designate(ocd = SurveyCollectorConfig.class, factory = true)
public class SurveyCollector implements Collector {

  static final String SOURCE = "survey";

  private final DropFolder folder;

  @Activate
  public SurveyCollector(
      @Reference IngestService ingest, @Reference UnitStore units, SurveyCollectorConfig config) {
    this(ingest, new SurveyReader(units::findAll), settings(config), Clock.systemDefaultZone());
  }

  SurveyCollector(
      IngestService ingest, SurveyReader reader, DropFolder.Settings settings, Clock clock) {
    this.folder = new DropFolder(SOURCE, ingest, settings, reader, clock, SurveyMessages.MESSAGES);
  }

  static DropFolder.Settings settings(SurveyCollectorConfig c) {
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
    return SurveyMessages.MESSAGES.text("description", folder.directory().toString());
  }

  String routeId() {
    return folder.routeId();
  }

  @Override
  public RoutesBuilder routes() {
    return folder.routes();
  }
}
