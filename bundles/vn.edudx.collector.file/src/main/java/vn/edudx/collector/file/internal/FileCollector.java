package vn.edudx.collector.file.internal;

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
import vn.edudx.collector.support.DropFolder;

/**
 * A drop folder of files of observations (CSV or a workbook): every file put in it goes through the
 * ingest pipeline, which reads it by its type, then moves to {@code done/} or, when rejected, to
 * {@code error/}, with a report beside it either way. A file whose processing fails unexpectedly
 * (the database down, EduDX stopped) stays in the folder and is tried again, so nothing is lost
 * and, thanks to the checksum, nothing is stored twice; after {@code maxAttempts} failures it goes
 * to {@code error/} with a report saying why. A file larger than {@code maxFileMegabytes} is
 * rejected without being read into memory. All of that is the shared {@link DropFolder}'s.
 */
@Component(
    service = Collector.class,
    configurationPid = "vn.edudx.collector.file",
    configurationPolicy = ConfigurationPolicy.REQUIRE,
    property = Collector.PROPERTY_ID + "=file")
@Designate(ocd = FileCollectorConfig.class, factory = true)
public class FileCollector implements Collector {

  static final String SOURCE = "file";

  /** The folder, its route, its reports and retries: those every drop folder shares. */
  private final DropFolder folder;

  @Activate
  public FileCollector(@Reference IngestService ingest, FileCollectorConfig config) {
    this(ingest, config, Clock.systemDefaultZone());
  }

  FileCollector(IngestService ingest, FileCollectorConfig config, Clock clock) {
    this.folder =
        new DropFolder(
            SOURCE,
            ingest,
            new DropFolder.Settings(
                config.name(),
                config.directory(),
                config.acceptValidRows(),
                config.pollMillis(),
                config.maxFileMegabytes(),
                config.maxAttempts()),
            DropFolder.OBSERVATIONS,
            clock,
            FileMessages.MESSAGES);
  }

  @Override
  public String id() {
    return SOURCE;
  }

  @Override
  public String instance() {
    return folder.instance();
  }

  @Override
  public LocalizedText description() {
    return FileMessages.MESSAGES.text("description", folder.directory().toString());
  }

  /** The id of this drop folder's route. */
  String routeId() {
    return folder.routeId();
  }

  @Override
  public RoutesBuilder routes() {
    return folder.routes();
  }
}
