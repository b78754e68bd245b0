package vn.edudx.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.PublicationRequest;
import vn.edudx.api.publication.PublicationService;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.UserAdmin;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentService;
import vn.edudx.api.workflow.AssessmentState;

/**
 * Loads the synthetic Ngã Năm demo data when demo mode is on: the register first (only the units
 * not there yet), then each school year's observations through the same ingest pipeline as any
 * collector, so they are validated, stored with provenance and scored. Loading again stores nothing
 * twice. It runs off the framework's thread and waits, through its reference to the pipeline, until
 * an indicator set is loaded.
 */
@Component(configurationPid = "vn.edudx.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoConfig.class)
public class DemoLoader {

  /** The school year the demo approves and publishes, so that the public pages show something. */
  static final String PUBLISHED_YEAR = "2023-2024";

  private static final Caller REVIEWER = new Caller("reviewer", Role.OFFICE_REVIEWER, "NN-PGD");
  private static final Caller LEADER = new Caller("leader", Role.LEADERSHIP, "NN-PGD");

  static final List<String> OBSERVATIONS =
      List.of(
          "observations-2022-2023.csv",
          "observations-2023-2024.csv",
          "observations-2024-2025.csv",
          // The plan's indicators for its calendar years, 2022 (baseline) to 2025 (final year).
          "observations-2022.csv",
          "observations-2023.csv",
          "observations-2024.csv",
          "observations-2025.csv");
  private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

  private final UnitStore units;
  private final ObservationStore observations;
  private final IngestService ingest;
  private final UserAdmin users;
  private final AssessmentService workflow;
  private final PublicationService publications;
  private final Thread worker;

  @Activate
  public DemoLoader(
      @Reference UnitStore units,
      @Reference ObservationStore observations,
      @Reference IngestService ingest,
      @Reference UserAdmin users,
      @Reference AssessmentService workflow,
      @Reference PublicationService publications,
      DemoConfig config) {
    this.units = units;
    this.observations = observations;
    this.ingest = ingest;
    this.users = users;
    this.workflow = workflow;
    this.publications = publications;
    // Demo mode off: the demo users, whose passwords are public, must not stay usable.
    this.worker =
        new Thread(config.enabled() ? this::load : this::disableDemoUsers, "edudx-demo-loader");
    worker.start();
  }

  @Deactivate
  void deactivate() throws InterruptedException {
    worker.interrupt();
    if (worker.isAlive()) {
      worker.join(30_000);
    }
  }

  void load() {
    try {
      int added = loadUnits();
      int people = loadUsers();
      int stored = 0;
      for (String file : OBSERVATIONS) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
        String period = file.substring("observations-".length(), file.length() - ".csv".length());
        if (!observations.unitsWithData(period).isEmpty()) {
          continue; // loaded on an earlier start; each file is stored all or nothing
        }
        IngestResult r = ingest.ingestFile(delivery(file));
        stored += r.batch().stored();
        if (!r.accepted()) {
          LOG.error("Demo file {} was rejected: {}", file, r.summary().en());
        }
      }
      String published = publishDemoYear();
      LOG.info(
          "Demo data of Ngã Năm (synthetic): {} units added, {} demo users added, {} values stored,"
              + " {}",
          added,
          people,
          stored,
          published);
    } catch (RuntimeException e) {
      LOG.error("The demo data could not be loaded", e);
    }
  }

  private int loadUnits() {
    List<OrgUnit> demo;
    try (InputStream in = resource("units.csv")) {
      demo = UnitsCsv.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> present =
        units.findAll(demo.stream().map(OrgUnit::code).toList()).stream()
            .map(OrgUnit::code)
            .collect(Collectors.toSet());
    List<OrgUnit> missing = demo.stream().filter(u -> !present.contains(u.code())).toList();
    return missing.isEmpty() ? 0 : units.upsert(missing);
  }

  /**
   * Adds the demo users of {@code /demo/users.csv} that do not exist yet; their passwords are in
   * that file and printed by the start command, so they exist only in demo mode.
   */
  int loadUsers() {
    int added = 0;
    for (String[] f : demoUsers()) {
      if (users.find(f[0]).filter(u -> asTheDemoMadeIt(u, f)).isPresent()) {
        users.setEnabled(f[0], true); // demo mode back on: the demo users work again
      }
      if (users.find(f[0]).isEmpty()) {
        users.create(f[0], f[1], Role.valueOf(f[2]), unit(f), f[4].toCharArray());
        added++;
      }
    }
    return added;
  }

  /**
   * Disables the demo users on a database where demo mode has been turned off: their passwords are
   * printed by the start script and in the source. Only users that are still exactly as the demo
   * made them (same name, display name, role and unit) are touched, never an office's own user who
   * happens to be called {@code admin}.
   */
  void disableDemoUsers() {
    try {
      int disabled = 0;
      for (String[] f : demoUsers()) {
        var found = users.find(f[0]);
        if (found.isPresent() && found.get().enabled() && asTheDemoMadeIt(found.get(), f)) {
          users.setEnabled(f[0], false);
          disabled++;
        }
      }
      if (disabled > 0) {
        LOG.warn("Demo mode is off: {} demo users disabled", disabled);
      }
    } catch (RuntimeException e) {
      LOG.error("The demo users could not be disabled", e);
    }
  }

  private static boolean asTheDemoMadeIt(vn.edudx.api.security.User u, String[] row) {
    return u.displayName().equals(row[1])
        && u.role().name().equals(row[2])
        && java.util.Objects.equals(unit(row), u.unitCode());
  }

  /** The unit of a row of {@code users.csv}; empty means none (the platform's administrator). */
  private static String unit(String[] row) {
    return row[3].isBlank() ? null : row[3];
  }

  /** The rows of {@code /demo/users.csv}: name, display name, role, unit, password. */
  static List<String[]> demoUsers() {
    try (InputStream in = resource("users.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split(";", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Walks {@link #PUBLISHED_YEAR} through the workflow once, so that the public pages have
   * something to show: every school with a set submits (as itself), the demo reviewer approves, and
   * the demo leadership publishes at once. Done through the same services as any user, so the
   * history says so; the submissions are flagged late, since they are made today.
   */
  String publishDemoYear() {
    if (!publications.list(LEADER).isEmpty()) {
      return "a publication exists already";
    }
    int approved = 0;
    for (OrgUnit u : units.list(UnitType.SCHOOL, null)) {
      Caller school = new Caller("demo-" + u.code(), Role.SCHOOL, u.code());
      try {
        Assessment a = workflow.get(u.code(), PUBLISHED_YEAR, school);
        if (a.state() == AssessmentState.DRAFT || a.state() == AssessmentState.RETURNED) {
          a = workflow.submit(u.code(), PUBLISHED_YEAR, school);
        }
        if (a.state() == AssessmentState.SUBMITTED) {
          workflow.approve(u.code(), PUBLISHED_YEAR, REVIEWER);
          approved++;
        }
      } catch (EduDxException e) {
        // A preschool has no indicator set: it stays unranked, with that reason, as it should.
        LOG.debug("Demo school {} not approved: {}", u.code(), e.getMessage());
      }
    }
    Publication p =
        publications.publish(
            new PublicationRequest(
                PUBLISHED_YEAR,
                "NN-PGD",
                Instant.now(),
                null,
                "Dữ liệu minh họa, không phải kết quả thật của các trường. / Synthetic demo data,"
                    + " not the schools' real results.",
                null,
                null),
            LEADER);
    return approved + " assessments of " + PUBLISHED_YEAR + " approved and published as " + p.id();
  }

  private static Delivery delivery(String file) {
    try (InputStream in = resource(file)) {
      return new Delivery(
          Provenance.DEMO_SOURCE,
          "ngan-nam",
          file,
          in.readAllBytes(),
          Instant.now(),
          "demo",
          false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = DemoLoader.class.getResourceAsStream("/demo/" + name);
    if (in == null) {
      throw new IOException("The demo bundle has no /demo/" + name);
    }
    return in;
  }
}
