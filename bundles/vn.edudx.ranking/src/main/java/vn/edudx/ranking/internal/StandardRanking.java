package vn.edudx.ranking.internal;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.Period;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.ranking.Improvement;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.RankInterval;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.workflow.AssessmentStore;

/**
 * Ranks the schools of an area and a category on the sum of their groups or on one group, from the
 * live or the approved results, with standard competition ranking for ties (1, 2, 2, 4), the move
 * since the previous period, the most improved, and on request the rank intervals of {@link
 * RobustnessAnalysis}. Schools in scope without a result are listed apart with the reason, never
 * dropped. When the request names the caller's area, only schools the area covers are ranked or
 * listed, in this period and the previous one alike; when it is for publication, schools without an
 * approved result are listed with one neutral reason instead of the state of their review.
 */
@Component(service = RankingService.class, configurationPid = "vn.edudx.ranking")
@Designate(ocd = RankingConfig.class)
public class StandardRanking implements RankingService {

  static final Messages MESSAGES =
      Messages.load("vn.edudx.ranking.internal.messages", StandardRanking.class);

  /** How many units the most improved list names at most. */
  static final int MOST_IMPROVED = 5;

  private final ScoreStore scores;
  private final UnitStore units;
  private final IndicatorSetRegistry registry;
  private final AssessmentStore assessments;
  private final Settings settings;

  @Activate
  public StandardRanking(
      @Reference ScoreStore scores,
      @Reference UnitStore units,
      @Reference IndicatorSetRegistry registry,
      @Reference AssessmentStore assessments,
      RankingConfig config) {
    this(scores, units, registry, assessments, Settings.from(config));
  }

  StandardRanking(
      ScoreStore scores,
      UnitStore units,
      IndicatorSetRegistry registry,
      AssessmentStore assessments,
      Settings settings) {
    this.scores = scores;
    this.units = units;
    this.registry = registry;
    this.assessments = assessments;
    this.settings = settings;
  }

  @Override
  public RobustnessSettings robustness() {
    return settings.robustness();
  }

  @Override
  public Ranking rank(RankingRequest request) {
    Period p = Period.parse(request.period());
    String figure =
        request.by() == null || request.by().isBlank() ? BY_TOTAL : request.by().strip();
    RobustnessSettings robustness = request.robustness();
    if (robustness != null) {
      Settings.problem(robustness)
          .ifPresent(
              why -> {
                throw new EduDxException(
                    EduDxException.Kind.INVALID,
                    MESSAGES.problem(
                        "ranking.robustness.invalid",
                        "robustness",
                        null,
                        null,
                        robustness.toString(),
                        why));
              });
    }
    // One read of the register: the schools to rank, the places they are in, the area's tree.
    List<OrgUnit> register = units.list(null, null);
    Map<String, OrgUnit> byCode =
        register.stream()
            .collect(Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a));
    String scope =
        request.scopeCode() == null || request.scopeCode().isBlank()
            ? null
            : request.scopeCode().strip();
    String area =
        request.areaCode() == null || request.areaCode().isBlank()
            ? null
            : request.areaCode().strip();
    // Scope and area intersect: a ward scope seen from an office holds only that office's schools.
    Predicate<OrgUnit> inScope = Scope.of(scope, byCode).and(Scope.area(area, byCode));
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
    Table now = table(p, request, figure, register, inScope, collator, true);
    Map<String, Ranked> before = previous(p, request, figure, register, inScope, collator);

    List<RankInterval> intervals =
        robustness == null
            ? null
            : new RobustnessAnalysis(robustness)
                .intervals(
                    now.ranked().stream()
                        .map(
                            r -> new RobustnessAnalysis.Subject(r.unit().code(), groups(r, figure)))
                        .toList());
    List<RankEntry> entries = new ArrayList<>();
    for (int i = 0; i < now.ranked().size(); i++) {
      Ranked r = now.ranked().get(i);
      Ranked was = before.get(r.unit().code());
      OrgUnit place = r.unit().parentCode() == null ? null : byCode.get(r.unit().parentCode());
      entries.add(
          new RankEntry(
              r.rank(),
              r.tied(),
              r.unit().code(),
              r.unit().name(),
              r.unit().level(),
              place == null ? r.unit().parentCode() : place.code(),
              place == null ? null : place.name(),
              r.points(),
              r.score().groups().stream()
                  .map(
                      g ->
                          new RankEntry.GroupResult(g.code(), g.points(), g.maxPoints(), g.level()))
                  .toList(),
              r.score().usesDemoData(),
              was == null ? null : was.rank(),
              was == null ? null : was.rank() - r.rank(),
              intervals == null ? null : intervals.get(i)));
    }
    return new Ranking(
        p.code(),
        scope,
        request.level(),
        figure,
        request.approvedOnly(),
        entries,
        now.unranked(),
        mostImproved(now.ranked(), before, collator),
        robustness);
  }

  /** A ranked school. */
  private record Ranked(OrgUnit unit, Score score, BigDecimal points, int rank, boolean tied) {}

  /** The schools of a period ranked, and those in scope that could not be. */
  private record Table(List<Ranked> ranked, List<Unranked> unranked) {}

  private Table table(
      Period p,
      RankingRequest request,
      String figure,
      List<OrgUnit> register,
      Predicate<OrgUnit> inScope,
      Collator collator,
      boolean checkFigure) {
    Sources source =
        request.approvedOnly()
            ? Sources.approved(assessments.list(p.code(), null), registry, p, request.forPublic())
            : Sources.live(scores.forPeriod(p.code()), registry, p, request.forPublic());
    if (checkFigure) {
      checkFigure(figure, source);
    }
    record Candidate(OrgUnit unit, Score score, BigDecimal points) {}
    List<Candidate> candidates = new ArrayList<>();
    List<Unranked> unranked = new ArrayList<>();
    for (OrgUnit u : register) {
      if (!u.isSchool()
          || !u.activeIn(p)
          || (request.level() != null && settings.mainLevel(u.level()) != request.level())
          || !inScope.test(u)) {
        continue;
      }
      Sources.Found found = source.find(u);
      Optional<BigDecimal> points =
          found.score() == null ? Optional.empty() : points(found.score(), figure);
      if (points.isPresent()) {
        candidates.add(new Candidate(u, found.score(), points.get()));
      } else {
        unranked.add(
            new Unranked(
                u.code(),
                u.name(),
                u.level(),
                found.reason() != null
                    ? found.reason()
                    : MESSAGES.text("unranked.no-group", p.code())));
      }
    }
    candidates.sort(
        Comparator.comparing(Candidate::points)
            .reversed()
            .thenComparing(c -> c.unit().name(), collator));
    List<Ranked> ranked = new ArrayList<>();
    int rank = 0;
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      // Sorted by points: a new figure starts a new rank at its position (1, 2, 2, 4).
      if (i == 0 || c.points().compareTo(candidates.get(i - 1).points()) != 0) {
        rank = i + 1;
      }
      boolean tied =
          (i > 0 && c.points().compareTo(candidates.get(i - 1).points()) == 0)
              || (i + 1 < candidates.size()
                  && c.points().compareTo(candidates.get(i + 1).points()) == 0);
      ranked.add(new Ranked(c.unit(), c.score(), c.points(), rank, tied));
    }
    unranked.sort(Comparator.comparing(Unranked::unitName, collator));
    return new Table(ranked, unranked);
  }

  /**
   * The same ranking a period earlier (same area, category, figure and source), by unit code; empty
   * when there is no earlier period.
   */
  private Map<String, Ranked> previous(
      Period p,
      RankingRequest request,
      String figure,
      List<OrgUnit> register,
      Predicate<OrgUnit> inScope,
      Collator collator) {
    Period earlier;
    try {
      earlier = p.previous();
    } catch (EduDxException e) {
      return Map.of();
    }
    Map<String, Ranked> byCode = new HashMap<>();
    table(earlier, request, figure, register, inScope, collator, false)
        .ranked()
        .forEach(r -> byCode.put(r.unit().code(), r));
    return byCode;
  }

  /** Up to {@link #MOST_IMPROVED} units whose figure rose most, largest rise first. */
  private static List<Improvement> mostImproved(
      List<Ranked> now, Map<String, Ranked> before, Collator collator) {
    record Rise(Ranked now, Ranked before, BigDecimal change) {}
    return now.stream()
        .filter(r -> before.containsKey(r.unit().code()))
        .map(
            r -> {
              Ranked was = before.get(r.unit().code());
              return new Rise(r, was, r.points().subtract(was.points()));
            })
        .filter(rise -> rise.change().signum() > 0)
        .sorted(
            Comparator.comparing(Rise::change)
                .reversed()
                .thenComparing(rise -> rise.now().unit().name(), collator))
        .limit(MOST_IMPROVED)
        .map(
            rise ->
                new Improvement(
                    rise.now().unit().code(),
                    rise.now().unit().name(),
                    rise.now().points(),
                    rise.before().points(),
                    rise.change()))
        .toList();
  }

  /** The groups whose points make up the figure. */
  private static List<GroupScore> groups(Ranked r, String figure) {
    return BY_TOTAL.equals(figure)
        ? r.score().groups()
        : r.score().group(figure).map(List::of).orElse(List.of());
  }

  private static Optional<BigDecimal> points(Score s, String figure) {
    return BY_TOTAL.equals(figure)
        ? Optional.of(s.total())
        : s.group(figure).map(GroupScore::points);
  }

  private void checkFigure(String figure, Sources source) {
    if (BY_TOTAL.equals(figure)) {
      return;
    }
    boolean known =
        registry.sets().stream()
                .flatMap(s -> s.groups().stream())
                .anyMatch(g -> g.code().equals(figure))
            || source.all().stream().anyMatch(s -> s.group(figure).isPresent());
    if (!known) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          MESSAGES.problem("ranking.by.unknown", "by", null, null, figure, figure));
    }
  }
}
