package vn.edudx.plan.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.plan.PlanAdmin;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanEvaluator;
import vn.edudx.api.plan.PlanRegistry;
import vn.edudx.api.plan.PlanReports;
import vn.edudx.api.plan.PlanStore;
import vn.edudx.api.plan.PlanVersion;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.plan.report.PlanReport;
import vn.edudx.plan.report.ReportHeader;

/**
 * The plans shipped by bundles (manifest header {@code EduDX-Plans}, like indicator sets) and
 * uploaded by an office, each stored as a frozen version, and the evaluation of a year over the
 * stored data. A shipped definition is read and checked against the indicator set it names when
 * first asked for, so that it never waits for the rule base at start.
 */
@Component(
    service = {PlanRegistry.class, PlanEvaluator.class, PlanReports.class, PlanAdmin.class},
    configurationPid = "vn.edudx.plan")
@Designate(ocd = PlanConfig.class)
public class PlanService implements PlanRegistry, PlanEvaluator, PlanReports, PlanAdmin {

  static final String HEADER = "EduDX-Plans";

  /** A file name as problems and the origin column show it: a name, no path, at most 120 chars. */
  private static final Pattern SAFE_FILE =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()-]{0,119}");

  /** The file name problems name when an upload gives none. */
  private static final String UNNAMED = "upload.json";

  private static final Logger LOG = LoggerFactory.getLogger(PlanService.class);

  private final IndicatorSetRegistry sets;
  private final UnitStore units;
  private final ObservationStore observations;
  private final String area;
  private final PlanConfig config;
  private final BundleTracker<List<String>> tracker;
  private final PlanVersions versions;

  /** Definitions read, by bundle id and file; dropped when the bundle goes. */
  private final Map<String, PlanDefinition> read = new ConcurrentHashMap<>();

  @Activate
  public PlanService(
      BundleContext context,
      @Reference(target = "(" + IndicatorSetRegistry.PROPERTY_SETS + "=*)")
          IndicatorSetRegistry sets,
      @Reference UnitStore units,
      @Reference ObservationStore observations,
      @Reference PlanStore store,
      PlanConfig config) {
    this.sets = sets;
    this.units = units;
    this.observations = observations;
    this.config = config;
    this.versions = new PlanVersions(store);
    this.area = config.area() == null || config.area().isBlank() ? null : config.area().strip();
    this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new Files());
    tracker.open();
  }

  @Deactivate
  void deactivate() {
    tracker.close();
  }

  /** Every stored version of every plan, the shipped ones stored first. */
  @Override
  public List<PlanDefinition> plans() {
    tracker
        .getTracked()
        .forEach(
            (bundle, files) -> {
              for (String file : files) {
                definition(bundle, file);
              }
            });
    List<PlanDefinition> all = new ArrayList<>(versions.definitions());
    all.sort(Comparator.comparing(PlanDefinition::id).thenComparing(PlanDefinition::version));
    return all;
  }

  @Override
  public PlanVersion upload(byte[] content, String fileName, String by) {
    String file = fileName == null || fileName.isBlank() ? UNNAMED : fileName.strip();
    if (!SAFE_FILE.matcher(file).matches()) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          Texts.MESSAGES.problem("plan.upload.file-name", "file", null, null, file, file));
    }
    // The shipped plans are stored first: an upload never takes a shipped version's number.
    plans();
    if (content.length > MAX_BYTES) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          Texts.MESSAGES.problem(
              "plan.upload.too-large",
              "file",
              null,
              null,
              String.valueOf(content.length),
              file,
              MAX_BYTES / (1024 * 1024)));
    }
    PlanDefinition shape = new PlanReader().read(file, new ByteArrayInputStream(content), null);
    IndicatorSet set =
        sets.find(shape.indicatorSet())
            .orElseThrow(
                () ->
                    new EduDxException(
                        EduDxException.Kind.INVALID,
                        Texts.MESSAGES.problem(
                            "plan.upload.set-unknown",
                            "indicatorSet",
                            null,
                            null,
                            shape.indicatorSet(),
                            file,
                            shape.indicatorSet())));
    PlanDefinition checked = new PlanReader().read(file, new ByteArrayInputStream(content), set);
    PlanVersion stored = versions.register(checked, "upload:" + file, by, Instant.now());
    LOG.info("Plan {} uploaded by {} from {}", checked.key(), by, file);
    return stored;
  }

  @Override
  public List<PlanVersion> versions() {
    plans();
    return versions.versions();
  }

  @Override
  public Optional<PlanDefinition> plan(String id) {
    return plans().stream()
        .filter(p -> p.id().equals(id))
        .max(Comparator.comparing(PlanDefinition::version));
  }

  @Override
  public PlanEvaluation evaluate(String planId, int year) {
    PlanDefinition plan =
        plan(planId)
            .orElseThrow(
                () ->
                    new EduDxException(
                        EduDxException.Kind.NOT_FOUND,
                        Texts.MESSAGES.problem(
                            "plan.unknown", "planId", null, null, planId, planId)));
    if (year < 1990 || year > 2100) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          Texts.MESSAGES.problem(
              "plan.year.invalid", "year", null, null, Integer.toString(year), year));
    }
    return StoredPlanData.evaluator(plan, units, observations, area, year).evaluate(year);
  }

  @Override
  public String html(String planId, int year) {
    PlanEvaluation evaluation = evaluate(planId, year);
    return PlanReport.html(plan(planId).orElseThrow(), evaluation, header());
  }

  @Override
  public byte[] pdf(String planId, int year) {
    PlanEvaluation evaluation = evaluate(planId, year);
    return PlanReport.pdf(plan(planId).orElseThrow(), evaluation, header());
  }

  @Override
  public byte[] xlsx(String planId, int year) {
    PlanEvaluation evaluation = evaluate(planId, year);
    return PlanReport.xlsx(plan(planId).orElseThrow(), evaluation);
  }

  /** The heading of a report made today, from the configuration. */
  private ReportHeader header() {
    return ReportHeader.of(
        java.util.Arrays.stream(config.reportAuthority())
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList(),
        config.reportNumber(),
        config.reportPlace(),
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  /** A bundle's definition, read once; a bad one is logged with every problem and left out. */
  private Optional<PlanDefinition> definition(Bundle bundle, String file) {
    String key = bundle.getBundleId() + "/" + file;
    PlanDefinition known = read.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    URL url = bundle.getEntry(file);
    if (url == null) {
      LOG.error("Bundle {} lists plan {} but does not contain it", bundle.getSymbolicName(), file);
      return Optional.empty();
    }
    try {
      PlanDefinition shape;
      try (InputStream in = url.openStream()) {
        shape = new PlanReader().read(file, in, null);
      }
      PlanDefinition checked;
      try (InputStream in = url.openStream()) {
        checked = new PlanReader().read(file, in, sets.find(shape.indicatorSet()).orElse(null));
      }
      try {
        versions.register(
            checked, "bundle:" + bundle.getSymbolicName() + "/" + file, "system", Instant.now());
      } catch (EduDxException e) {
        // The stored version stays the one evaluated: a version never changes.
        LOG.error(
            "Bundle {} ships plan {} with other content than the version stored; the stored one"
                + " is kept. Give the changed plan a new version.",
            bundle.getSymbolicName(),
            checked.key());
        read.put(key, checked);
        return Optional.empty();
      }
      read.put(key, checked);
      return Optional.of(checked);
    } catch (EduDxException e) {
      e.problems()
          .forEach(
              p ->
                  LOG.error(
                      "Plan {} of bundle {}: {} {}",
                      file,
                      bundle.getSymbolicName(),
                      p.field(),
                      p.message().en()));
    } catch (IOException e) {
      LOG.error("Cannot read plan {} of bundle {}", file, bundle.getSymbolicName(), e);
    }
    return Optional.empty();
  }

  /** The files a bundle's {@value #HEADER} header lists. */
  private final class Files implements BundleTrackerCustomizer<List<String>> {

    @Override
    public List<String> addingBundle(Bundle bundle, BundleEvent event) {
      String value = bundle.getHeaders().get(HEADER);
      if (value == null) {
        return null;
      }
      List<String> files = new ArrayList<>();
      for (String f : value.split(",")) {
        if (!f.isBlank()) {
          files.add(f.strip());
        }
      }
      return files.isEmpty() ? null : files;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<String> files) {}

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<String> files) {
      files.forEach(f -> read.remove(bundle.getBundleId() + "/" + f));
    }
  }
}
