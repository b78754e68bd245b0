package vn.edudx.publish.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;

/**
 * Makes publications from approved results only, fixed as canonical JSON with its checksum, and
 * serves them to the public only once their embargo has passed.
 */
@Component(service = PublicationService.class)
public class EduDxPublications implements PublicationService {

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
    Instant embargo = request.embargoUntil() == null ? now : request.embargoUntil();
    if (embargo.isBefore(now.minus(EMBARGO_TOLERANCE))) {
      throw invalid("publish.embargo.past", "embargoUntil", embargo.toString(), embargo, now);
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
    String reason =
        request.reason() == null || request.reason().isBlank() ? null : request.reason();
    String supersedes =
        request.supersedes() == null || request.supersedes().isBlank()
            ? null
            : request.supersedes().strip();
    if (supersedes != null) {
      checkSupersedes(supersedes, reason, period, scopeCode);
    }

    List<Approved> approved = approvedInScope(period, scopeCode, register);
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

    RobustnessSettings robustness = rankings.robustness();
    List<Ranking> ranked =
        rankAll(period.code(), scopeCode, groupCodes(setId, setVersion, approved), robustness);
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
            caller.unitCode(),
            title,
            setId,
            setVersion,
            now,
            caller.username(),
            embargo,
            supersedes,
            reason == null ? null : reason.strip(),
            Methodology.of(
                approved.size(),
                scope.name(),
                period.code(),
                setId,
                setVersion,
                others,
                otherNames,
                robustness,
                request.note()),
            robustness,
            ranked,
            approved.stream().map(a -> unitResult(a, register)).toList());
    byte[] json = CanonicalJson.write(snapshot);
    Publication publication =
        new Publication(snapshot, json, CanonicalJson.sha256Hex(json), null, null);
    store.add(publication, now);
    return publication;
  }

  private void checkSupersedes(String id, String reason, Period period, String scopeCode) {
    Publication old =
        store
            .find(id)
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
  }

  /** An approved result of a school in scope: the unit and its frozen score. */
  private record Approved(OrgUnit unit, Assessment assessment, Score score) {}

  /**
   * The approved results of the schools in scope, one per school (the most common set's when a
   * school has several), by school code.
   */
  private List<Approved> approvedInScope(
      Period period, String scopeCode, Map<String, OrgUnit> register) {
    Map<String, List<Approved>> byUnit = new TreeMap<>();
    for (Assessment a : assessments.list(period.code(), AssessmentState.APPROVED)) {
      OrgUnit u = register.get(a.unitCode());
      if (a.state() != AssessmentState.APPROVED
          || a.approvedScore() == null
          || u == null
          || !u.isSchool()
          || !inScope(u, scopeCode, register)) {
        continue;
      }
      byUnit
          .computeIfAbsent(u.code(), k -> new ArrayList<>())
          .add(new Approved(u, a, a.approvedScore()));
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

  /**
   * Whether a unit lies in the scope: the scope is the unit itself, a place above it in the
   * administrative tree, or an authority that manages it (directly or through another authority).
   */
  static boolean inScope(OrgUnit unit, String scopeCode, Map<String, OrgUnit> register) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(unit.code()));
    while (!todo.isEmpty()) {
      String code = todo.remove(todo.size() - 1);
      if (code == null || !seen.add(code)) {
        continue;
      }
      if (code.equals(scopeCode)) {
        return true;
      }
      OrgUnit u = register.get(code);
      if (u != null) {
        todo.add(u.parentCode());
        todo.add(u.authorityCode());
      }
    }
    return false;
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
   * All levels together, then each level present in scope; each by the total, then by each group.
   */
  private List<Ranking> rankAll(
      String period, String scopeCode, List<String> groups, RobustnessSettings robustness) {
    List<String> figures = new ArrayList<>();
    figures.add(RankingService.BY_TOTAL);
    figures.addAll(groups);
    Ranking all = rank(period, scopeCode, null, RankingService.BY_TOTAL, robustness);
    Set<SchoolLevel> levels = EnumSet.noneOf(SchoolLevel.class);
    all.entries().stream().map(RankEntry::level).forEach(l -> addMain(levels, l));
    all.unranked().stream().map(Unranked::level).forEach(l -> addMain(levels, l));
    List<SchoolLevel> categories = new ArrayList<>();
    categories.add(null);
    categories.addAll(levels);
    Map<String, Ranking> result = new LinkedHashMap<>();
    for (SchoolLevel level : categories) {
      for (String by : figures) {
        result.put(
            level + "|" + by,
            level == null && by.equals(RankingService.BY_TOTAL)
                ? all
                : rank(period, scopeCode, level, by, robustness));
      }
    }
    return List.copyOf(result.values());
  }

  private static void addMain(Set<SchoolLevel> levels, SchoolLevel level) {
    if (level != null) {
      levels.add(level.mainLevel());
    }
  }

  private Ranking rank(
      String period, String scope, SchoolLevel level, String by, RobustnessSettings robustness) {
    return rankings.rank(RankingRequest.of(period, scope, level, by, true, robustness));
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
        a.score());
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

  @Override
  public List<Publication> list(Caller caller) {
    Instant now = clock.instant();
    return store.list().stream().filter(p -> visible(p, caller, now)).toList();
  }

  @Override
  public Optional<Publication> find(String id, Caller caller) {
    return store.find(id).filter(p -> visible(p, caller, clock.instant()));
  }

  /** Office roles see every publication; anyone else only those past their embargo. */
  private static boolean visible(Publication p, Caller caller, Instant now) {
    return (caller != null && caller.isOffice()) || p.publicAt(now);
  }
}
