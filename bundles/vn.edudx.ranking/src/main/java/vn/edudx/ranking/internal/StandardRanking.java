package vn.edudx.ranking.internal;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.Period;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;

/**
 * Ranks the schools of a period on the sum of their groups or on one group, with standard
 * competition ranking for ties (1, 2, 2, 4). Schools in scope without a score are listed apart with
 * the reason, never dropped.
 */
@Component(service = RankingService.class)
public class StandardRanking implements RankingService {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.ranking.internal.messages", StandardRanking.class);

  private final ScoreStore scores;
  private final UnitStore units;
  private final IndicatorSetRegistry registry;

  @Activate
  public StandardRanking(
      @Reference ScoreStore scores,
      @Reference UnitStore units,
      @Reference IndicatorSetRegistry registry) {
    this.scores = scores;
    this.units = units;
    this.registry = registry;
  }

  @Override
  public RobustnessSettings robustness() {
    return RobustnessSettings.DEFAULT;
  }

  @Override
  public Ranking rank(RankingRequest request) {
    String period = request.period();
    SchoolLevel level = request.level();
    String by = request.by();
    Period p = Period.parse(period);
    String figure = by == null || by.isBlank() ? BY_TOTAL : by.strip();
    // A unit's score counts only under the set that applies to it now (a unit whose level changed
    // keeps the score of its old set in the store, but is not ranked on it).
    Map<String, Score> scored =
        scores.forPeriod(p.code()).stream()
            .collect(Collectors.toMap(s -> s.unitCode() + '|' + s.setId(), Function.identity()));
    checkFigure(figure, scored);
    // One read of the register: the schools to rank and the places they are in.
    List<OrgUnit> register = units.list(null, null);
    Map<String, OrgUnit> places =
        register.stream()
            .filter(u -> !u.isSchool())
            .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));

    record Candidate(OrgUnit unit, Score score, BigDecimal points) {}
    List<Candidate> candidates = new ArrayList<>();
    List<Unranked> unranked = new ArrayList<>();
    for (OrgUnit u : register) {
      if (!u.isSchool()
          || !u.activeIn(p)
          || (level != null && (u.level() == null || u.level().mainLevel() != level))) {
        continue;
      }
      Score s =
          registry.applicableTo(u).map(set -> scored.get(u.code() + '|' + set.id())).orElse(null);
      Optional<BigDecimal> points = s == null ? Optional.empty() : points(s, figure);
      if (points.isPresent()) {
        candidates.add(new Candidate(u, s, points.get()));
      } else {
        unranked.add(new Unranked(u.code(), u.name(), u.level(), reason(u, s, p)));
      }
    }
    candidates.sort(
        Comparator.comparing(Candidate::points)
            .reversed()
            .thenComparing(c -> c.unit().name(), collator));
    List<RankEntry> entries = new ArrayList<>();
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
      OrgUnit place = c.unit().parentCode() == null ? null : places.get(c.unit().parentCode());
      entries.add(
          new RankEntry(
              rank,
              tied,
              c.unit().code(),
              c.unit().name(),
              c.unit().level(),
              place == null ? c.unit().parentCode() : place.code(),
              place == null ? null : place.name(),
              c.points(),
              c.score().groups().stream()
                  .map(
                      g ->
                          new RankEntry.GroupResult(g.code(), g.points(), g.maxPoints(), g.level()))
                  .toList(),
              c.score().usesDemoData(),
              null,
              null,
              null));
    }
    unranked.sort(Comparator.comparing(Unranked::unitName, collator));
    return new Ranking(p.code(), null, level, figure, false, entries, unranked, List.of(), null);
  }

  private static Optional<BigDecimal> points(Score s, String figure) {
    return BY_TOTAL.equals(figure)
        ? Optional.of(s.total())
        : s.group(figure).map(GroupScore::points);
  }

  private void checkFigure(String figure, Map<String, Score> scored) {
    if (BY_TOTAL.equals(figure)) {
      return;
    }
    boolean known =
        registry.sets().stream()
                .flatMap(s -> s.groups().stream())
                .anyMatch(g -> g.code().equals(figure))
            || scored.values().stream().anyMatch(s -> s.group(figure).isPresent());
    if (!known) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          MESSAGES.problem("ranking.by.unknown", "by", null, null, figure, figure));
    }
  }

  private LocalizedText reason(OrgUnit u, Score s, Period p) {
    if (registry.applicableTo(u).isEmpty()) {
      return MESSAGES.text(
          "unranked.no-set",
          u.level() == null ? "" : u.level().label().vi(),
          u.level() == null ? "" : u.level().label().en());
    }
    return s == null
        ? MESSAGES.text("unranked.no-score", p.code())
        : MESSAGES.text("unranked.no-group", p.code());
  }
}
