package vn.edudx.publish.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Period;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.PublicationRequest;
import vn.edudx.api.publication.PublicationService;
import vn.edudx.api.publication.PublicationStore;
import vn.edudx.api.publication.Snapshot;
import vn.edudx.api.publication.UnitResult;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.score.Score;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;

/**
 * Makes publications from approved results only, fixed as canonical JSON with its checksum, and
 * serves them to the public only once their embargo has passed.
 */
@Component(service = PublicationService.class)
public class EduDxPublications implements PublicationService {

  private static final Logger LOG = LoggerFactory.getLogger(EduDxPublications.class);

  /** How far in the past an embargo may be, for a request typed "now" a few seconds ago. */
  static final Duration EMBARGO_TOLERANCE = Duration.ofMinutes(1);

  private final RankingService rankings;
  private final AssessmentStore assessments;
  private final UnitStore units;
  private final IndicatorSetRegistry sets;
  private final PublicationStore store;
  private final Clock clock;
  private final RandomGenerator random;

  @Activate
  public EduDxPublications(
      @Reference RankingService rankings,
      @Reference AssessmentStore assessments,
      @Reference UnitStore units,
      @Reference IndicatorSetRegistry sets,
      @Reference PublicationStore store) {
    this(rankings, assessments, units, sets, store, Clock.systemUTC(), new SecureRandom());
  }

  EduDxPublications(
      RankingService rankings,
      AssessmentStore assessments,
      UnitStore units,
      IndicatorSetRegistry sets,
      PublicationStore store,
      Clock clock,
      RandomGenerator random) {
    this.rankings = rankings;
    this.assessments = assessments;
    this.units = units;
    this.sets = sets;
    this.store = store;
    this.clock = clock;
    this.random = random;
  }

  /** The units that are places of the administrative tree, not education authorities. */
  static final Set<UnitType> PLACES =
      EnumSet.of(UnitType.PROVINCE, UnitType.DISTRICT, UnitType.WARD, UnitType.COMMUNE);

  /** The ranking categories asked for, in this order; kept when their ranking lists a school. */
  static final List<SchoolLevel> CATEGORIES =
      List.of(SchoolLevel.MN, SchoolLevel.TH, SchoolLevel.THCS, SchoolLevel.THPT, SchoolLevel.GDTX);

  @Override
  public Publication publish(PublicationRequest request, Caller caller) {
    if (caller == null || caller.role() != Role.LEADERSHIP) {
      throw new EduDxException(
          EduDxException.Kind.FORBIDDEN,
          Texts.MESSAGES.problem(
              "publish.forbidden", null, null, null, caller == null ? null : caller.username()));
    }
    Period period = Period.parse(request.period());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (request.embargoUntil() != null
        && request.embargoUntil().isBefore(now.minus(EMBARGO_TOLERANCE))) {
      throw invalid(
          "publish.embargo.past",
          "embargoUntil",
          request.embargoUntil().toString(),
          request.embargoUntil(),
          now);
    }
    String scopeCode = request.scopeCode() == null ? "" : request.scopeCode().strip();
    Map<String, OrgUnit> register =
        units.list(null, null).stream()
            .collect(
                Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a, TreeMap::new));
    OrgUnit scope = register.get(scopeCode);
    if (scope == null) {
      throw invalid("publish.scope.unknown", "scopeCode", scopeCode, scopeCode);
    }
    String area = caller.unitCode();
    // A place may be wider than the office's area: the ranking's area filter keeps only the
    // office's schools. Another authority, or a unit it manages, is not the office's to publish.
    if (!PLACES.contains(scope.type()) && !units.covers(area, scopeCode)) {
      throw invalid("publish.scope.outside-area", "scopeCode", scopeCode, scopeCode, area);
    }
    String reason =
        request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
    String supersedes =
        request.supersedes() == null || request.supersedes().isBlank()
            ? null
            : request.supersedes().strip();
    Instant embargo;
    if (supersedes == null) {
      checkNoCurrent(period, scopeCode, area);
      embargo = request.embargoUntil() == null ? now : request.embargoUntil();
    } else {
      Publication old = checkSupersedes(supersedes, reason, period, scopeCode, caller);
      embargo = correctionEmbargo(request.embargoUntil(), old, now);
    }

    RobustnessSettings robustness = rankings.robustness();
    Ranking all = rank(period.code(), scopeCode, area, null, RankingService.BY_TOTAL, robustness);
    List<Approved> approved = approvedOf(all, period, register);
    if (approved.isEmpty()) {
      throw invalid("publish.no-approved", "period", period.code(), period.code(), scope.name());
    }
    Map<String, Long> bySet =
        approved.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.score().setId() + " v" + a.score().setVersion(),
                    TreeMap::new,
                    Collectors.counting()));
    Approved typical =
        approved.stream()
            .max(
                Comparator.comparingLong(
                        (Approved a) ->
                            bySet.get(a.score().setId() + " v" + a.score().setVersion()))
                    .thenComparing(a -> a.score().setId(), Comparator.reverseOrder())
                    .thenComparingInt(a -> a.score().setVersion()))
            .orElseThrow();
    String setId = typical.score().setId();
    int setVersion = typical.score().setVersion();
    String typicalKey = setId + " v" + setVersion;
    int others = (int) (approved.size() - bySet.get(typicalKey));
    String otherNames =
        bySet.keySet().stream()
            .filter(k -> !k.equals(typicalKey))
            .collect(Collectors.joining(", "));

    List<Ranking> ranked =
        rankAll(
            all,
            period.code(),
            scopeCode,
            area,
            groupCodes(setId, setVersion, approved),
            robustness);
    String title =
        request.title() == null || request.title().isBlank()
            ? Texts.MESSAGES.text("publication.title", scope.name(), period.code()).vi()
            : request.title().strip();
    Snapshot snapshot =
        new Snapshot(
            newId(),
            period.code(),
            scopeCode,
            scope.name(),
            area,
            title,
            setId,
            setVersion,
            now,
            approver(caller),
            embargo,
            supersedes,
            reason,
            Methodology.of(
                approved.size(),
                scope.name(),
                period.code(),
                setId,
                setVersion,
                others,
                otherNames,
                mainLevels(ranked),
                robustness,
                request.note()),
            robustness,
            ranked,
            approved.stream().map(a -> unitResult(a, register)).toList());
    byte[] json = CanonicalJson.write(snapshot);
    Publication publication =
        new Publication(snapshot, json, CanonicalJson.sha256Hex(json), null, null);
    store.add(publication, now);
    LOG.info(
        "Publication {} of {} ({}) made by account {}",
        snapshot.id(),
        period.code(),
        scopeCode,
        caller.username());
    return publication;
  }

  /**
   * Refuses a second publication of a year and scope by the same office: the first one stays the
   * office's word until a correction replaces it, with a reason the public reads.
   */
  private void checkNoCurrent(Period period, String scopeCode, String area) {
    store.list().stream()
        .filter(p -> p.supersededBy() == null && sameSubject(p.snapshot(), period, scopeCode, area))
        .findFirst()
        .ifPresent(
            p -> {
              throw new EduDxException(
                  EduDxException.Kind.CONFLICT,
                  Texts.MESSAGES.problem(
                      "publish.exists",
                      "supersedes",
                      null,
                      null,
                      p.id(),
                      p.id(),
                      period.code(),
                      p.snapshot().scopeName()));
            });
  }

  /** The same year and scope, made by the same office (two offices may rank in one province). */
  private static boolean sameSubject(Snapshot s, Period period, String scopeCode, String area) {
    return s.period().equals(period.code())
        && s.scopeCode().equals(scopeCode)
        && Objects.equals(s.areaCode(), area);
  }

  private Publication checkSupersedes(
      String id, String reason, Period period, String scopeCode, Caller caller) {
    Publication old =
        store
            .find(id)
            // One the caller may not see yet is, for them, not there.
            .filter(p -> visible(p, caller, clock.instant()))
            .orElseThrow(
                () ->
                    new EduDxException(
                        EduDxException.Kind.NOT_FOUND,
                        Texts.MESSAGES.problem(
                            "publish.supersedes.unknown", "supersedes", null, null, id, id)));
    if (old.supersededBy() != null) {
      throw new EduDxException(
          EduDxException.Kind.CONFLICT,
          Texts.MESSAGES.problem(
              "publish.supersedes.superseded",
              "supersedes",
              null,
              null,
              id,
              id,
              old.supersededBy()));
    }
    if (reason == null) {
      throw invalid("publish.reason.required", "reason", null, id);
    }
    Snapshot s = old.snapshot();
    if (!s.period().equals(period.code()) || !s.scopeCode().equals(scopeCode)) {
      throw invalid("publish.supersedes.other", "supersedes", id, id, s.period(), s.scopeCode());
    }
    if (!Objects.equals(s.areaCode(), caller.unitCode())) {
      throw invalid(
          "publish.supersedes.other-area",
          "supersedes",
          id,
          id,
          s.areaCode() == null ? "-" : s.areaCode());
    }
    return old;
  }

  /**
   * A correction keeps the results under the old one's embargo while it runs: without an embargo of
   * its own it gets the old one's (or none, once that has passed), and an earlier one is refused.
   */
  private static Instant correctionEmbargo(Instant requested, Publication old, Instant now) {
    Instant oldEmbargo = old.snapshot().embargoUntil();
    boolean running = oldEmbargo.isAfter(now);
    if (requested == null) {
      return running ? oldEmbargo : now;
    }
    if (running && requested.isBefore(oldEmbargo)) {
      throw invalid(
          "publish.embargo.early",
          "embargoUntil",
          requested.toString(),
          requested,
          old.id(),
          oldEmbargo);
    }
    return requested;
  }

  /** An approved result of a ranked school: the unit and its frozen score. */
  private record Approved(OrgUnit unit, Assessment assessment, Score score) {}

  /**
   * The approved results of the schools the all-levels ranking ranks, one per school (the most
   * common set's when a school has several), by school code: a page for every rank, a rank for
   * every page.
   */
  private List<Approved> approvedOf(Ranking all, Period period, Map<String, OrgUnit> register) {
    Set<String> ranked =
        all.entries().stream().map(RankEntry::unitCode).collect(Collectors.toSet());
    Map<String, List<Approved>> byUnit = new TreeMap<>();
    for (Assessment a : assessments.list(period.code(), AssessmentState.APPROVED)) {
      OrgUnit u = register.get(a.unitCode());
      if (a.state() != AssessmentState.APPROVED
          || a.approvedScore() == null
          || u == null
          || !ranked.contains(u.code())) {
        continue;
      }
      byUnit
          .computeIfAbsent(u.code(), k -> new ArrayList<>())
          .add(new Approved(u, a, a.approvedScore()));
    }
    Set<String> missing = new TreeSet<>(ranked);
    missing.removeAll(byUnit.keySet());
    if (!missing.isEmpty()) {
      // The ranking read approved results that are gone now (a review reopened meanwhile).
      throw new EduDxException(
          EduDxException.Kind.CONFLICT,
          Texts.MESSAGES.problem(
              "publish.approvals.changed",
              null,
              null,
              null,
              String.join(", ", missing),
              String.join(", ", missing)));
    }
    Map<String, Long> setCounts =
        byUnit.values().stream()
            .flatMap(List::stream)
            .collect(Collectors.groupingBy(a -> a.score().setId(), Collectors.counting()));
    List<Approved> result = new ArrayList<>();
    for (List<Approved> candidates : byUnit.values()) {
      result.add(
          candidates.stream()
              .max(
                  Comparator.comparingLong((Approved a) -> setCounts.get(a.score().setId()))
                      .thenComparing(a -> a.score().setId(), Comparator.reverseOrder()))
              .orElseThrow());
    }
    return result;
  }

  /** The groups of the set, or of the approved scores when the registry no longer knows it. */
  private List<String> groupCodes(String setId, int setVersion, List<Approved> approved) {
    List<String> declared =
        sets.find(setId, setVersion)
            .map(s -> s.groups().stream().map(IndicatorGroup::code).toList())
            .orElse(List.of());
    if (!declared.isEmpty()) {
      return declared;
    }
    Set<String> found = new LinkedHashSet<>();
    approved.stream()
        .filter(a -> a.score().setId().equals(setId) && a.score().setVersion() == setVersion)
        .forEach(a -> a.score().groups().forEach(g -> found.add(g.code())));
    return List.copyOf(found);
  }

  /**
   * All levels together, then each category whose ranking lists a school (ranked or not), in {@link
   * #CATEGORIES} order; each by the total, then by each group. The ranking service decides which
   * category a school ranks in (its configurable main levels), so the categories are asked, not
   * computed here.
   */
  private List<Ranking> rankAll(
      Ranking all,
      String period,
      String scopeCode,
      String area,
      List<String> groups,
      RobustnessSettings robustness) {
    List<Ranking> result = new ArrayList<>();
    result.add(all);
    for (String by : groups) {
      result.add(rank(period, scopeCode, area, null, by, robustness));
    }
    for (SchoolLevel level : CATEGORIES) {
      Ranking total = rank(period, scopeCode, area, level, RankingService.BY_TOTAL, robustness);
      if (total.entries().isEmpty() && total.unranked().isEmpty()) {
        continue;
      }
      result.add(total);
      for (String by : groups) {
        result.add(rank(period, scopeCode, area, level, by, robustness));
      }
    }
    return List.copyOf(result);
  }

  /**
   * The category each multi-level school was ranked in, as the ranking service's settings decided:
   * {@code TH_THCS → THCS, THCS_THPT → THPT}.
   */
  static String mainLevels(List<Ranking> rankings) {
    Map<SchoolLevel, SchoolLevel> main = new TreeMap<>();
    for (Ranking r : rankings) {
      if (r.level() == null) {
        continue;
      }
      r.entries().stream()
          .map(RankEntry::level)
          .filter(l -> l != null && l != r.level())
          .forEach(l -> main.putIfAbsent(l, r.level()));
      r.unranked().stream()
          .map(Unranked::level)
          .filter(l -> l != null && l != r.level())
          .forEach(l -> main.putIfAbsent(l, r.level()));
    }
    return main.entrySet().stream()
        .map(e -> e.getKey() + " → " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** A ranking for publication: approved results, the publisher's area, neutral reasons. */
  private Ranking rank(
      String period,
      String scope,
      String area,
      SchoolLevel level,
      String by,
      RobustnessSettings robustness) {
    return rankings.rank(
        new RankingRequest(period, scope, area, level, by, true, true, robustness));
  }

  private static UnitResult unitResult(Approved a, Map<String, OrgUnit> register) {
    OrgUnit u = a.unit();
    OrgUnit place = u.parentCode() == null ? null : register.get(u.parentCode());
    return new UnitResult(
        u.code(),
        u.name(),
        u.level(),
        u.parentCode(),
        place == null ? null : place.name(),
        a.assessment().external(),
        PublicScore.of(a.score()));
  }

  /**
   * {@code pub-} and 12 lower-case hex digits: 48 random bits, enough for any office's lifetime.
   */
  private String newId() {
    return String.format("pub-%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
  }

  private static EduDxException invalid(String code, String field, String value, Object... args) {
    Problem p = Texts.MESSAGES.problem(code, field, null, null, value, args);
    return new EduDxException(EduDxException.Kind.INVALID, p);
  }

  /**
   * Who published, as the snapshot keeps it for the public: the leadership of an authority, never a
   * person's account name (that stays in the log), as for a plan's published year.
   */
  static String approver(Caller by) {
    return by.unitCode() == null ? "LEADERSHIP" : "LEADERSHIP " + by.unitCode();
  }

  @Override
  public List<Publication> list(Caller caller) {
    Instant now = clock.instant();
    return store.list().stream().filter(p -> visible(p, caller, now)).toList();
  }

  @Override
  public Optional<Publication> find(String id, Caller caller) {
    return store.find(id).filter(p -> visible(p, caller, clock.instant()));
  }

  /**
   * Anyone sees a publication past its embargo; before it, only office roles whose area covers the
   * office that made it (a caller or publication without an area: every office role).
   */
  private boolean visible(Publication p, Caller caller, Instant now) {
    if (p.publicAt(now)) {
      return true;
    }
    if (caller == null || !caller.isOffice()) {
      return false;
    }
    String made = p.snapshot().areaCode();
    return caller.unitCode() == null || made == null || units.covers(caller.unitCode(), made);
  }
}
