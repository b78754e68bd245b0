package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.LevelThresholds;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.InputUsed;
import vn.edudx.api.score.Levels;
import vn.edudx.api.score.Outcome;
import vn.edudx.api.score.Score;

/**
 * Turns the rules' decisions for a unit into its score: sums, group totals and levels, each with a
 * sentence saying how it was reached.
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
    for (IndicatorGroup g : set.groups()) {
      groups.add(group(g, awards));
    }
    return new Score(unit, period, set.id(), set.version(), at, groups);
  }

  private GroupScore group(IndicatorGroup g, Map<String, Award> awards) {
    List<CriterionScore> criteria = new ArrayList<>();
    for (Criterion c : g.criteria()) {
      criteria.add(criterion(c, awards));
    }
    BigDecimal points =
        Points.round(
            criteria.stream()
                .filter(c -> c.type() != CriterionType.MANDATORY)
                .map(CriterionScore::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    List<String> failed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    g.criteria().forEach(c -> collect(c, awards, failed, missing));
    LevelThresholds t = g.levels();
    int level = t.levelOf(points);
    LocalizedText why = levelExplanation(g, points, level);
    if (!failed.isEmpty() && level > t.capOnMandatoryFailure()) {
      level = t.capOnMandatoryFailure();
      why =
          join(
              why,
              MESSAGES.text(
                  "level.capped", String.join(", ", failed), Levels.name(level).vi(), level));
    }
    return new GroupScore(
        g.code(), g.name(), points, g.maxPoints(), level, why, failed, missing, criteria);
  }

  private static LocalizedText levelExplanation(IndicatorGroup g, BigDecimal points, int level) {
    LevelThresholds t = g.levels();
    return switch (level) {
      case 1 -> MESSAGES.text("level.1", points, g.maxPoints(), t.level2From());
      case 2 -> MESSAGES.text("level.2", points, g.maxPoints(), t.level2From(), t.level3Above());
      default -> MESSAGES.text("level.3", points, g.maxPoints(), t.level3Above());
    };
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
    List<InputUsed> inputs =
        a.input() == null
            ? List.of()
            : List.of(
                new InputUsed(
                    a.indicator(),
                    a.input().getObservation().value(),
                    a.input().getObservation().id(),
                    a.input().getObservation().evidence(),
                    a.input().getObservation().provenance()));
    return switch (a.kind()) {
      case PASSED -> leaf(c, BigDecimal.ZERO, Outcome.PASSED, a, inputs, "explain.passed");
      case FAILED -> leaf(c, BigDecimal.ZERO, Outcome.FAILED, a, inputs, "explain.failed");
      case MISSING ->
          leaf(
              c,
              BigDecimal.ZERO,
              Outcome.MISSING,
              a,
              inputs,
              c.type() == CriterionType.MANDATORY
                  ? "explain.missing.mandatory"
                  : "explain.missing");
      case POINTS -> points(c, a, inputs);
    };
  }

  private CriterionScore points(Criterion c, Award a, List<InputUsed> inputs) {
    BigDecimal points = Points.round(a.points());
    Outcome outcome =
        points.signum() == 0
            ? Outcome.NOT_AWARDED
            : points.compareTo(c.maxPoints()) >= 0 ? Outcome.AWARDED : Outcome.PARTIAL;
    LocalizedText why =
        c.type() == CriterionType.PERCENT
            ? MESSAGES.text(
                "explain.percent", a.indicator(), a.input().getNumber(), c.maxPoints(), points)
            : MESSAGES.text(
                a.input().isYes() ? "explain.yes" : "explain.no", a.indicator(), points);
    return new CriterionScore(
        c.code(), c.name(), c.type(), points, c.maxPoints(), outcome, a.rule(), why, inputs, null);
  }

  private static CriterionScore leaf(
      Criterion c,
      BigDecimal points,
      Outcome outcome,
      Award a,
      List<InputUsed> inputs,
      String key) {
    return new CriterionScore(
        c.code(),
        c.name(),
        c.type(),
        points,
        c.maxPoints(),
        outcome,
        a.rule(),
        MESSAGES.text(key, a.indicator()),
        inputs,
        null);
  }

  private CriterionScore sum(Criterion c, Map<String, Award> awards) {
    List<CriterionScore> children = new ArrayList<>();
    for (Criterion child : c.children()) {
      children.add(criterion(child, awards));
    }
    BigDecimal points =
        Points.round(
            children.stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add));
    Outcome outcome;
    if (children.stream().allMatch(k -> k.outcome() == Outcome.MISSING)) {
      outcome = Outcome.MISSING;
    } else if (points.signum() == 0) {
      outcome = Outcome.NOT_AWARDED;
    } else {
      outcome = points.compareTo(c.maxPoints()) >= 0 ? Outcome.AWARDED : Outcome.PARTIAL;
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
