package vn.edudx.plan.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanEvaluator;
import vn.edudx.api.plan.PlanPublication;
import vn.edudx.api.plan.PlanPublicationStore;
import vn.edudx.api.plan.PlanPublications;
import vn.edudx.api.plan.PlanRegistry;
import vn.edudx.api.plan.StoredPlanPublication;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.plan.report.PlanReport;
import vn.edudx.plan.report.ReportHeader;

/**
 * Leadership's approval of a year's evaluation, fixed as an immutable snapshot of the definition
 * and the evaluation (canonical JSON, SHA-256), and the report made from that snapshot ever after.
 * It reads the same settings as {@link PlanService} (the area the evaluation counts, the report's
 * heading), so that what is published is what the office evaluates.
 */
@Component(service = PlanPublications.class, configurationPid = "vn.edudx.plan")
public class PlanPublicationService implements PlanPublications {

  private static final Logger LOG = LoggerFactory.getLogger(PlanPublicationService.class);

  /** Held while a PDF is laid out: one at a time. */
  private final Object layout = new Object();

  /** How many laid-out PDFs are kept. */
  private static final int PDFS_KEPT = 16;

  private final Map<String, byte[]> pdfs =
      Collections.synchronizedMap(
          new LinkedHashMap<>(32, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
              return size() > PDFS_KEPT;
            }
          });

  /** How far in the past an embargo may be, for a request typed "now" a few seconds ago. */
  static final Duration EMBARGO_TOLERANCE = Duration.ofMinutes(1);

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final PlanRegistry plans;
  private final PlanEvaluator evaluator;
  private final PlanPublicationStore store;
  private final UnitStore units;
  private final String area;
  private final PlanPublication.Heading heading;
  private final Clock clock;
  private final RandomGenerator random;

  @Activate
  public PlanPublicationService(
      @Reference PlanRegistry plans,
      @Reference PlanEvaluator evaluator,
      @Reference PlanPublicationStore store,
      @Reference UnitStore units,
      PlanConfig config) {
    this(
        plans,
        evaluator,
        store,
        units,
        config.area() == null || config.area().isBlank() ? null : config.area().strip(),
        new PlanPublication.Heading(
            Arrays.stream(config.reportAuthority())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList(),
            config.reportNumber(),
            config.reportPlace()),
        Clock.systemUTC(),
        new SecureRandom());
  }

  PlanPublicationService(
      PlanRegistry plans,
      PlanEvaluator evaluator,
      PlanPublicationStore store,
      UnitStore units,
      String area,
      PlanPublication.Heading heading,
      Clock clock,
      RandomGenerator random) {
    this.plans = plans;
    this.evaluator = evaluator;
    this.store = store;
    this.units = units;
    this.area = area;
    this.heading = heading;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public StoredPlanPublication publish(
      String planId, int year, Caller by, Instant embargoUntil, String supersedes, String reason) {
    if (by == null || by.role() != Role.LEADERSHIP) {
      throw new EduDxException(
          EduDxException.Kind.FORBIDDEN,
          problem("plan.publish.forbidden", null, by == null ? null : by.username()));
    }
    if (!covers(by.unitCode(), area)) {
      throw new EduDxException(
          EduDxException.Kind.FORBIDDEN,
          problem(
              "plan.publish.outside-area",
              by.unitCode(),
              by.unitCode(),
              area == null ? Texts.MESSAGES.text("plan.publication.area.all").vi() : area));
    }
    plans
        .plan(planId)
        .orElseThrow(
            () ->
                new EduDxException(
                    EduDxException.Kind.NOT_FOUND, problem("plan.unknown", planId, planId)));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    int thisYear = LocalDate.ofInstant(now, VIETNAM).getYear();
    if (year > thisYear) {
      throw invalid(
          "plan.publish.year.future",
          String.valueOf(year),
          String.valueOf(year),
          String.valueOf(thisYear));
    }
    if (embargoUntil != null && embargoUntil.isBefore(now.minus(EMBARGO_TOLERANCE))) {
      throw invalid("plan.publish.embargo.past", embargoUntil.toString(), embargoUntil, now);
    }
    String old = blankToNull(supersedes);
    String why = blankToNull(reason);
    if (old == null) {
      current(planId, year)
          .ifPresent(
              p -> {
                throw new EduDxException(
                    EduDxException.Kind.CONFLICT,
                    problem("plan.publish.exists", p.id(), p.id(), planId, String.valueOf(year)));
              });
    }
    Instant embargo = embargoUntil == null ? now : embargoUntil;
    if (old != null) {
      embargo = correctionEmbargo(embargoUntil, checkSupersedes(old, why, planId, year, by), now);
    }

    PlanEvaluation evaluation = evaluator.evaluate(planId, year);
    // The definition the evaluation was made against, even if a newer version arrived meanwhile.
    PlanDefinition plan =
        plans.plans().stream()
            .filter(d -> d.key().equals(evaluation.plan()))
            .findFirst()
            .orElseThrow(
                () ->
                    new EduDxException(
                        EduDxException.Kind.NOT_FOUND, problem("plan.unknown", planId, planId)));
    PlanPublication snapshot =
        PlanJson.forPublic(
            new PlanPublication(
                newId(),
                planId,
                evaluation.plan(),
                year,
                area,
                heading,
                plan,
                evaluation,
                methodology(plan, year),
                approver(by),
                now,
                embargo,
                old,
                old == null ? null : why));
    byte[] json = PlanJson.write(snapshot);
    // What the caller gets is what the store will give back: the snapshot read from its bytes.
    StoredPlanPublication made =
        new StoredPlanPublication(PlanJson.read(json), json, PlanJson.sha256Hex(json), null, null);
    store.add(made, now);
    LOG.info(
        "Plan {} {} published as {} by {} ({})",
        planId,
        year,
        made.id(),
        by.username(),
        approver(by));
    return made;
  }

  /**
   * Who approved, as the public may read it: the leadership of an authority, never a person's
   * account name (that stays in the log).
   */
  static String approver(Caller by) {
    return by.unitCode() == null ? "LEADERSHIP" : "LEADERSHIP " + by.unitCode();
  }

  /**
   * A correction keeps a running embargo: with none asked for it takes the old one's, and an
   * earlier one is refused, so that a correction can never make an embargoed year public early.
   */
  private static Instant correctionEmbargo(
      Instant requested, StoredPlanPublication old, Instant now) {
    Instant oldEmbargo = old.snapshot().embargoUntil();
    boolean running = oldEmbargo.isAfter(now);
    if (requested == null) {
      return running ? oldEmbargo : now;
    }
    if (running && requested.isBefore(oldEmbargo)) {
      throw invalid(
          "plan.publish.embargo.early", requested.toString(), requested, old.id(), oldEmbargo);
    }
    return requested;
  }

  private StoredPlanPublication checkSupersedes(
      String id, String reason, String planId, int year, Caller by) {
    StoredPlanPublication old =
        store
            .find(id)
            // One the caller may not see is, for them, not there.
            .filter(p -> visible(p, by))
            .orElseThrow(
                () ->
                    new EduDxException(
                        EduDxException.Kind.NOT_FOUND,
                        problem("plan.publish.supersedes.unknown", id, id, planId)));
    if (old.supersededBy() != null) {
      throw new EduDxException(
          EduDxException.Kind.CONFLICT,
          problem("plan.publish.supersedes.superseded", id, id, old.supersededBy()));
    }
    PlanPublication s = old.snapshot();
    if (!s.planId().equals(planId) || s.year() != year || !Objects.equals(s.area(), area)) {
      throw invalid("plan.publish.supersedes.other", id, id, s.planId(), String.valueOf(s.year()));
    }
    if (reason == null) {
      throw invalid("plan.publish.reason.required", null, id);
    }
    return old;
  }

  /**
   * Whether a caller's area covers the plan's: an unbound caller covers everything, a bound one
   * never the whole register; otherwise {@link UnitStore#covers}, and an education office also
   * covers the town it is the office of (its parent in the register), since the town's plan is the
   * office's to report on.
   */
  boolean covers(String callerArea, String planArea) {
    if (callerArea == null) {
      return true;
    }
    if (planArea == null) {
      return false;
    }
    if (units.covers(callerArea, planArea)) {
      return true;
    }
    return units
        .find(callerArea)
        .filter(u -> u.type() == UnitType.OFFICE)
        .map(OrgUnit::parentCode)
        .filter(planArea::equals)
        .isPresent();
  }

  @Override
  public boolean visible(StoredPlanPublication publication, Caller caller) {
    if (publication.publicAt(clock.instant())) {
      return true;
    }
    if (caller == null || !caller.isOffice()) {
      return false;
    }
    return covers(caller.unitCode(), publication.snapshot().area());
  }

  private LocalizedText methodology(PlanDefinition plan, int year) {
    LocalizedText all = Texts.MESSAGES.text("plan.publication.area.all");
    return new LocalizedText(
        methodology(plan, year, area == null ? all.vi() : area).vi(),
        methodology(plan, year, area == null ? all.en() : area).en());
  }

  private static LocalizedText methodology(PlanDefinition plan, int year, String scope) {
    return Texts.MESSAGES.text(
        "plan.publication.methodology",
        plan.key(),
        String.valueOf(year),
        plan.rules().onTrackTolerance().toPlainString(),
        plan.rules().atRiskBand().toPlainString(),
        scope);
  }

  @Override
  public Optional<StoredPlanPublication> find(String id) {
    return id == null ? Optional.empty() : store.find(id);
  }

  @Override
  public List<StoredPlanPublication> list() {
    return store.list();
  }

  @Override
  public Optional<StoredPlanPublication> current(String planId, int year) {
    return store.list().stream()
        .filter(
            p ->
                p.supersededBy() == null
                    && p.snapshot().planId().equals(planId)
                    && p.snapshot().year() == year
                    && Objects.equals(p.snapshot().area(), area))
        .findFirst();
  }

  /**
   * A publication as the public sees it now: superseded only once its correction is public, so that
   * an embargoed correction is neither named nor announced before its time.
   */
  @Override
  public StoredPlanPublication asPublic(StoredPlanPublication p) {
    if (p.supersededBy() == null) {
      return p;
    }
    Instant now = clock.instant();
    boolean shown = store.find(p.supersededBy()).map(n -> n.publicAt(now)).orElse(false);
    return shown ? p : new StoredPlanPublication(p.snapshot(), p.json(), p.checksum(), null, null);
  }

  @Override
  public String html(String id) {
    StoredPlanPublication p = asPublic(known(id));
    PlanPublication s = p.snapshot();
    return PlanReport.html(s.definition(), s.evaluation(), header(s), notices(p));
  }

  /**
   * Laying a report out takes a second or two: the PDFs of the publications read most recently are
   * kept, by id and by whether the public sees them superseded (the only thing that changes a
   * report), and one is laid out at a time, so that many readers of a new publication cost one
   * layout and cannot take every processor.
   */
  @Override
  public byte[] pdf(String id) {
    StoredPlanPublication p = asPublic(known(id));
    String key = p.id() + "|" + p.supersededBy();
    byte[] done = pdfs.get(key);
    if (done != null) {
      return done;
    }
    synchronized (layout) {
      done = pdfs.get(key);
      if (done == null) {
        PlanPublication s = p.snapshot();
        done = PlanReport.pdf(s.definition(), s.evaluation(), header(s), notices(p));
        pdfs.put(key, done);
      }
      return done;
    }
  }

  @Override
  public byte[] xlsx(String id) {
    PlanPublication s = known(id).snapshot();
    return PlanReport.xlsx(s.definition(), s.evaluation());
  }

  private StoredPlanPublication known(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new EduDxException(
                    EduDxException.Kind.NOT_FOUND, problem("plan.publication.unknown", id, id)));
  }

  /** The heading fixed in the snapshot, dated the day of approval in Vietnam. */
  private static ReportHeader header(PlanPublication s) {
    PlanPublication.Heading h = s.heading();
    List<String> authority =
        h == null || h.authority().isEmpty() ? List.of("EduDX") : h.authority();
    return ReportHeader.of(
        authority,
        h == null || h.number() == null ? "" : h.number(),
        h == null || h.place() == null ? "" : h.place(),
        LocalDate.ofInstant(s.approvedAt(), VIETNAM));
  }

  /** What the report says above its heading: that it was superseded, or what it corrects. */
  private static List<LocalizedText> notices(StoredPlanPublication p) {
    PlanPublication s = p.snapshot();
    List<LocalizedText> notices = new java.util.ArrayList<>();
    if (p.supersededBy() != null) {
      String[] d = date(p.supersededAt());
      notices.add(
          new LocalizedText(
              Texts.MESSAGES
                  .text("plan.publication.notice.superseded", s.id(), p.supersededBy(), d[0])
                  .vi(),
              Texts.MESSAGES
                  .text("plan.publication.notice.superseded", s.id(), p.supersededBy(), d[1])
                  .en()));
    }
    if (s.supersedes() != null) {
      notices.add(
          Texts.MESSAGES.text(
              "plan.publication.notice.corrects",
              s.supersedes(),
              s.reason() == null ? "" : s.reason()));
    }
    return notices;
  }

  /** A day in Vietnam as dd/mm/yyyy and as ISO, or "?" when unknown. */
  private static String[] date(Instant at) {
    if (at == null) {
      return new String[] {"?", "?"};
    }
    LocalDate d = LocalDate.ofInstant(at, VIETNAM);
    return new String[] {
      String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()), d.toString()
    };
  }

  /** {@code plan-pub-} and 12 lower-case hex digits: 48 random bits. */
  private String newId() {
    return String.format("plan-pub-%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A problem about the request field the message is about (see {@link #FIELDS}). */
  private static Problem problem(String code, String value, Object... args) {
    return Texts.MESSAGES.problem(code, FIELDS.get(code), null, null, value, args);
  }

  private static final java.util.Map<String, String> FIELDS =
      java.util.Map.of(
          "plan.unknown", "planId",
          "plan.publish.year.future", "year",
          "plan.publish.embargo.past", "embargoUntil",
          "plan.publish.exists", "supersedes",
          "plan.publish.supersedes.unknown", "supersedes",
          "plan.publish.supersedes.superseded", "supersedes",
          "plan.publish.supersedes.other", "supersedes",
          "plan.publish.reason.required", "reason",
          "plan.publication.unknown", "id");

  private static EduDxException invalid(String code, String value, Object... args) {
    return new EduDxException(EduDxException.Kind.INVALID, problem(code, value, args));
  }
}
