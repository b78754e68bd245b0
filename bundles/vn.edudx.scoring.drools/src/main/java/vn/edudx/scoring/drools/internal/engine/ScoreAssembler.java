package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Criterion.NotApplicable;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.LevelThresholds;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Levels;
import vn.edudx.api.score.NextLevel;
import vn.edudx.api.score.Outcome;
import vn.edudx.api.score.Score;

/**
 * Turns the rules' decisions for a unit into its score: sums, group totals and levels, the total's
 * level where the set levels the total, and what would lift each group, each with a sentence saying
 * how it was reached.
 */
public final class ScoreAssembler {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.scoring.drools.internal.messages", ScoreAssembler.class);

  private final IndicatorSet set;

  public ScoreAssembler(IndicatorSet set) {
    this.set = set;
  }

  public Score assemble(String unit, String period, Map<String, Award> awards, Instant at) {
    List<GroupScore> groups = new ArrayList<>();
    List<String> failedAll = new ArrayList<>();
    int cap = 3;
    for (IndicatorGroup g : set.groups()) {
      GroupScore gs = group(g, awards);
      groups.add(gs);
      failedAll.addAll(gs.failedMandatory());
      cap = Math.min(cap, capOf(g, gs.failedMandatory()));
    }
    if (set.levels() == null) {
      return new Score(unit, period, set.id(), set.version(), at, groups, null, null, null);
    }
    BigDecimal total = round(groups.stream().map(GroupScore::points).reduce(ZERO, BigDecimal::add));
    BigDecimal max = groups.stream().map(GroupScore::maxPoints).reduce(ZERO, BigDecimal::add);
    BigDecimal applicable =
        groups.stream().map(GroupScore::applicableMax).reduce(ZERO, BigDecimal::add);
    Leveled l = level(set.levels(), total, max, applicable, failedAll, cap);
    return new Score(unit, period, set.id(), set.version(), at, groups, l.level(), l.why(), null);
  }

  /** A level and the sentence saying how it was reached. */
  private record Leveled(int level, LocalizedText why) {}

  /**
   * The level of points against thresholds (scaled to the full maximum when criteria that do not
   * apply were left out), then capped while mandatory conditions fail.
   */
  private Leveled level(
      LevelThresholds t,
      BigDecimal points,
      BigDecimal max,
      BigDecimal applicable,
      List<String> failed,
      int cap) {
    BigDecimal normalized = normalize(points, max, applicable);
    int level = t.levelOf(normalized);
    LocalizedText why = levelExplanation(t, points, max, applicable, normalized, level);
    if (!failed.isEmpty() && level > cap) {
      level = cap;
      why =
          join(
              why,
              MESSAGES.text(
                  "level.capped", String.join(", ", failed), Levels.name(level).vi(), level));
    }
    return new Leveled(level, why);
  }

  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private BigDecimal round(BigDecimal value) {
    return set.rounding().apply(value);
  }

  /** Points scaled to the full maximum when criteria that do not apply were left out. */
  private BigDecimal normalize(BigDecimal points, BigDecimal max, BigDecimal applicable) {
    if (applicable.compareTo(max) == 0) {
      return points;
    }
    if (applicable.signum() == 0) {
      return round(ZERO);
    }
    return round(points.multiply(max).divide(applicable, 10, RoundingMode.HALF_UP));
  }

  /** The highest level a group may have with these mandatory conditions failed. */
  private int capOf(IndicatorGroup g, List<String> failed) {
    int cap = 3;
    LevelThresholds t = g.levels() != null ? g.levels() : set.levels();
    for (String code : failed) {
      Criterion c = find(g.criteria(), code);
      int own =
          c != null && c.capsLevelAt() != null
              ? c.capsLevelAt()
              : t == null ? 3 : t.capOnMandatoryFailure();
      cap = Math.min(cap, own);
    }
    return cap;
  }

  private static Criterion find(List<Criterion> criteria, String code) {
    for (Criterion c : criteria) {
      if (c.code().equals(code)) {
        return c;
      }
      Criterion inner = find(c.children(), code);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private GroupScore group(IndicatorGroup g, Map<String, Award> awards) {
    List<CriterionScore> criteria = new ArrayList<>();
    BigDecimal excluded = ZERO;
    for (Criterion c : g.criteria()) {
      criteria.add(criterion(c, awards));
      excluded = excluded.add(excluded(c, awards));
    }
    BigDecimal points =
        round(
            criteria.stream()
                .filter(c -> c.type() != CriterionType.MANDATORY)
                .map(CriterionScore::points)
                .reduce(ZERO, BigDecimal::add));
    BigDecimal applicable = g.maxPoints().subtract(excluded);
    List<String> failed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    g.criteria().forEach(c -> collect(c, awards, failed, missing));
    LevelThresholds t = g.levels();
    if (t == null) {
      return new GroupScore(
          g.code(),
          g.name(),
          points,
          g.maxPoints(),
          applicable,
          0,
          MESSAGES.text("level.group.none", points, g.maxPoints()),
          failed,
          missing,
          criteria,
          null);
    }
    Leveled l = level(t, points, g.maxPoints(), applicable, failed, capOf(g, failed));
    int level = l.level();
    LocalizedText why = l.why();
    NextLevel next = nextLevel(g, criteria, points, applicable, level, failed);
    return new GroupScore(
        g.code(),
        g.name(),
        points,
        g.maxPoints(),
        applicable,
        level,
        why,
        failed,
        missing,
        criteria,
        next);
  }

  /**
   * The fewest criteria that lift the group a level: every failed condition that holds it back,
   * then the criteria with most points still open until the threshold is reached.
   */
  private NextLevel nextLevel(
      IndicatorGroup g,
      List<CriterionScore> criteria,
      BigDecimal points,
      BigDecimal applicable,
      int level,
      List<String> failed) {
    if (level >= 3) {
      return null;
    }
    int target = level + 1;
    LevelThresholds t = g.levels();
    BigDecimal threshold = target == 2 ? t.level2From() : t.level3Above();
    boolean strict = target == 3;
    BigDecimal raw =
        applicable.compareTo(g.maxPoints()) == 0 || g.maxPoints().signum() == 0
            ? threshold
            : threshold.multiply(applicable).divide(g.maxPoints(), 10, RoundingMode.HALF_UP);
    BigDecimal needed = raw.subtract(points).max(ZERO);
    List<NextLevel.Step> steps = new ArrayList<>();
    List<String> holding = new ArrayList<>();
    for (String code : failed) {
      Criterion c = find(g.criteria(), code);
      int own = c != null && c.capsLevelAt() != null ? c.capsLevelAt() : t.capOnMandatoryFailure();
      if (own < target && c != null) {
        steps.add(new NextLevel.Step(code, c.name(), ZERO, true));
        holding.add(code);
      }
    }
    List<CriterionScore> open = new ArrayList<>();
    criteria.forEach(c -> leaves(c, open));
    open.sort(
        Comparator.comparing((CriterionScore c) -> c.maxPoints().subtract(c.points()))
            .reversed()
            .thenComparing(CriterionScore::code));
    BigDecimal gained = ZERO;
    for (CriterionScore c : open) {
      if (reached(gained, needed, strict, points, raw)) {
        break;
      }
      BigDecimal gap = c.maxPoints().subtract(c.points());
      steps.add(new NextLevel.Step(c.code(), c.name(), gap, false));
      gained = gained.add(gap);
    }
    boolean reachable = reached(gained, needed, strict, points, raw);
    // Shown as the points to add, rounded up; Mức 3 needs more than its threshold.
    int scale = set.rounding().scale();
    BigDecimal shown = needed.setScale(scale, RoundingMode.CEILING);
    if (strict && points.add(shown).compareTo(raw) <= 0) {
      shown = shown.add(BigDecimal.ONE.movePointLeft(scale));
    }
    LocalizedText summary =
        !reachable
            ? MESSAGES.text("next.unreachable", target, shown)
            : holding.isEmpty()
                ? MESSAGES.text("next.points", target, shown, steps.size())
                : MESSAGES.text(
                    "next.conditions", target, shown, steps.size(), String.join(", ", holding));
    return new NextLevel(target, shown, steps, reachable, summary);
  }

  private static boolean reached(
      BigDecimal gained, BigDecimal needed, boolean strict, BigDecimal points, BigDecimal raw) {
    BigDecimal after = points.add(gained);
    return strict ? after.compareTo(raw) > 0 : gained.compareTo(needed) >= 0;
  }

  /** Leaves that can still give points: applicable, not conditions, not at their maximum. */
  private static void leaves(CriterionScore c, List<CriterionScore> into) {
    if (!c.children().isEmpty()) {
      c.children().forEach(child -> leaves(child, into));
      return;
    }
    if (c.type() != CriterionType.MANDATORY
        && c.outcome() != Outcome.NOT_APPLICABLE
        && c.type() != CriterionType.AGGREGATE
        && c.points().compareTo(c.maxPoints()) < 0) {
      into.add(c);
    }
  }

  /** The maximum left out because the criterion does not apply and the set says to exclude it. */
  private static BigDecimal excluded(Criterion c, Map<String, Award> awards) {
    if (c.type() == CriterionType.SUM) {
      return c.children().stream().map(k -> excluded(k, awards)).reduce(ZERO, BigDecimal::add);
    }
    Award a = awards.get(c.code());
    return a != null
            && a.kind() == Award.Kind.NOT_APPLICABLE
            && c.whenNotApplicable() == NotApplicable.EXCLUDE
        ? c.maxPoints()
        : ZERO;
  }

  private static LocalizedText levelExplanation(
      LevelThresholds t,
      BigDecimal points,
      BigDecimal max,
      BigDecimal applicable,
      BigDecimal normalized,
      int level) {
    LocalizedText base =
        switch (level) {
          case 1 -> MESSAGES.text("level.1", normalized, max, t.level2From());
          case 2 -> MESSAGES.text("level.2", normalized, max, t.level2From(), t.level3Above());
          default -> MESSAGES.text("level.3", normalized, max, t.level3Above());
        };
    if (applicable.compareTo(max) == 0) {
      return base;
    }
    return join(MESSAGES.text("level.scaled", points, applicable, max, normalized), base);
  }

  private static LocalizedText join(LocalizedText a, LocalizedText b) {
    return new LocalizedText(a.vi() + " " + b.vi(), a.en() + " " + b.en());
  }

  /** Gathers the mandatory conditions not met and the inputs that were missing. */
  private static void collect(
      Criterion c, Map<String, Award> awards, List<String> failed, List<String> missing) {
    c.children().forEach(child -> collect(child, awards, failed, missing));
    Award a = awards.get(c.code());
    if (a == null) {
      return;
    }
    if (a.kind() == Award.Kind.MISSING) {
      missing.add(a.indicator());
    }
    if (c.type() == CriterionType.MANDATORY
        && (a.kind() == Award.Kind.FAILED || a.kind() == Award.Kind.MISSING)) {
      failed.add(c.code());
    }
  }

  private CriterionScore criterion(Criterion c, Map<String, Award> awards) {
    if (c.type() == CriterionType.SUM) {
      return sum(c, awards);
    }
    Award a = awards.get(c.code());
    if (a == null) {
      throw new IllegalStateException("No rule decided criterion " + c.code());
    }
    return switch (a.kind()) {
      case PASSED ->
          leaf(c, a, null, Outcome.PASSED, MESSAGES.text("explain.passed", a.indicator()));
      case FAILED ->
          leaf(c, a, null, Outcome.FAILED, MESSAGES.text("explain.failed", a.indicator()));
      case MISSING ->
          leaf(
              c,
              a,
              null,
              Outcome.MISSING,
              MESSAGES.text(
                  c.type() == CriterionType.MANDATORY
                      ? "explain.missing.mandatory"
                      : c.denominator() != null ? "explain.missing.ratio" : "explain.missing",
                  a.indicator(),
                  c.denominator()));
      case NO_BASE ->
          leaf(c, a, null, Outcome.MISSING, MESSAGES.text("explain.nobase", c.denominator()));
      case NO_CHILDREN ->
          leaf(c, a, null, Outcome.MISSING, MESSAGES.text("explain.nochildren", a.indicator()));
      case NOT_APPLICABLE ->
          leaf(
              c,
              a,
              a.points(),
              Outcome.NOT_APPLICABLE,
              MESSAGES.text(
                  "explain.na." + c.whenNotApplicable().name(),
                  levels(c),
                  a.points(),
                  c.maxPoints()));
      case POINTS -> leaf(c, a, a.points(), outcome(a.points(), c.maxPoints()), explain(c, a));
    };
  }

  private static String levels(Criterion c) {
    return c.levels().stream().sorted().map(Enum::name).reduce((x, y) -> x + ", " + y).orElse("");
  }

  private static Outcome outcome(BigDecimal points, BigDecimal max) {
    return points.signum() == 0
        ? Outcome.NOT_AWARDED
        : points.compareTo(max) >= 0 ? Outcome.AWARDED : Outcome.PARTIAL;
  }

  private LocalizedText explain(Criterion c, Award a) {
    BigDecimal p = a.points();
    return switch (c.type()) {
      case YES_NO -> MESSAGES.text(p.signum() > 0 ? "explain.yes" : "explain.no", a.indicator(), p);
      case PERCENT ->
          c.denominator() == null
              ? MESSAGES.text("explain.percent", a.indicator(), a.value(), c.maxPoints(), p)
              : MESSAGES.text(
                  "explain.ratio",
                  a.indicator(),
                  a.inputs().get(0).value(),
                  c.denominator(),
                  a.inputs().get(1).value(),
                  a.value(),
                  c.maxPoints(),
                  p);
      case BANDS, COUNT ->
          a.detail() == null
              ? MESSAGES.text("explain.below", a.indicator(), a.value(), c.bands().get(0).from())
              : MESSAGES.text(
                  "explain.band",
                  a.indicator(),
                  a.value(),
                  DrlGenerator.bandText(c.bands(), Integer.parseInt(a.detail()) - 1),
                  p);
      case CHOICE ->
          c.options().stream()
              .filter(o -> o.value().equals(a.detail()))
              .findFirst()
              .map(
                  o -> MESSAGES.text("explain.choice", a.indicator(), o.value(), o.label().vi(), p))
              .orElse(MESSAGES.text("explain.choice.other", a.indicator(), a.detail()));
      case AGGREGATE ->
          MESSAGES.text(
              "explain.aggregate." + c.aggregate().function().name(),
              a.inputs().size(),
              a.value(),
              c.maxPoints(),
              p,
              c.aggregate().set(),
              c.aggregate().group() == null ? "" : " " + c.aggregate().group(),
              c.aggregate().minLevel() == null ? 0 : c.aggregate().minLevel(),
              a.detail(),
              c.aggregate().indicator() == null ? "" : c.aggregate().indicator());
      default -> throw new IllegalStateException("No points for " + c.type());
    };
  }

  private CriterionScore leaf(
      Criterion c, Award a, BigDecimal points, Outcome outcome, LocalizedText why) {
    return new CriterionScore(
        c.code(),
        c.name(),
        c.type(),
        points == null ? round(ZERO) : points,
        c.maxPoints(),
        outcome,
        a.rule(),
        why,
        a.inputs(),
        null);
  }

  private CriterionScore sum(Criterion c, Map<String, Award> awards) {
    List<CriterionScore> children = new ArrayList<>();
    for (Criterion child : c.children()) {
      children.add(criterion(child, awards));
    }
    BigDecimal points =
        round(children.stream().map(CriterionScore::points).reduce(ZERO, BigDecimal::add));
    Outcome outcome;
    if (children.stream().allMatch(k -> k.outcome() == Outcome.NOT_APPLICABLE)) {
      outcome = Outcome.NOT_APPLICABLE;
    } else if (children.stream().allMatch(k -> k.outcome() == Outcome.MISSING)) {
      outcome = Outcome.MISSING;
    } else {
      outcome = outcome(points, c.maxPoints());
    }
    return new CriterionScore(
        c.code(),
        c.name(),
        c.type(),
        points,
        c.maxPoints(),
        outcome,
        DrlGenerator.rulePrefix(set) + " " + c.code() + " sum",
        MESSAGES.text("explain.sum", children.size(), points, c.maxPoints()),
        null,
        children);
  }
}
