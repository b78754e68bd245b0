package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Criterion.Aggregate;
import vn.edudx.api.indicator.Criterion.NotApplicable;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.InputUsed;
import vn.edudx.api.score.Score;

/**
 * Records what the rules decide, by unit and criterion, rounding points once as the set says. Both
 * engines report through it: the generated rules through the global {@code awards}, the reference
 * evaluator directly. One instance per scoring run, so no locking.
 */
public final class Awards {

  private final IndicatorSet set;
  private final Map<String, Criterion> criteria = new HashMap<>();
  private final Map<String, Map<String, Award>> byUnit = new HashMap<>();

  public Awards(IndicatorSet set) {
    this.set = set;
    set.allCriteria().forEach(c -> criteria.put(c.code(), c));
  }

  /** Points from the value(s) read; {@code raw} is rounded here, once. */
  public void points(
      String unit,
      String criterion,
      String rule,
      BigDecimal raw,
      BigDecimal value,
      String detail,
      InputFact... inputs) {
    put(
        unit,
        criterion,
        new Award(
            Award.Kind.POINTS,
            set.rounding().apply(raw),
            rule,
            inputs[0].getIndicator(),
            value,
            detail,
            Stream.of(inputs).map(InputFact::used).toList()));
  }

  public void passed(String unit, String criterion, String rule, InputFact input) {
    put(unit, criterion, decided(Award.Kind.PASSED, rule, input));
  }

  public void failed(String unit, String criterion, String rule, InputFact input) {
    put(unit, criterion, decided(Award.Kind.FAILED, rule, input));
  }

  public void missing(String unit, String criterion, String rule, String indicator) {
    put(
        unit,
        criterion,
        new Award(Award.Kind.MISSING, BigDecimal.ZERO, rule, indicator, null, null, List.of()));
  }

  /** A ratio whose denominator is zero. */
  public void noBase(
      String unit, String criterion, String rule, InputFact numerator, InputFact denominator) {
    put(
        unit,
        criterion,
        new Award(
            Award.Kind.NO_BASE,
            BigDecimal.ZERO,
            rule,
            numerator.getIndicator(),
            null,
            null,
            List.of(numerator.used(), denominator.used())));
  }

  /** A criterion outside the school's levels: what it gives is the set's choice. */
  public void notApplicable(String unit, String criterion, String rule) {
    Criterion c = criteria.get(criterion);
    BigDecimal points =
        c.whenNotApplicable() == NotApplicable.FULL
            ? set.rounding().apply(c.maxPoints())
            : set.rounding().apply(BigDecimal.ZERO);
    put(
        unit,
        criterion,
        new Award(Award.Kind.NOT_APPLICABLE, points, rule, c.input(), null, null, List.of()));
  }

  /** An authority's criterion over the results of the schools it manages. */
  public void aggregate(String unit, String criterion, String rule, List<ChildResult> children) {
    Criterion c = criteria.get(criterion);
    Aggregate a = c.aggregate();
    List<ChildResult> sorted =
        children.stream().sorted((x, y) -> x.getUnit().compareTo(y.getUnit())).toList();
    List<InputUsed> used = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    int counted = 0;
    for (ChildResult child : sorted) {
      Score s = child.getScore();
      String source = (s == null ? a.set() : s.setId() + "@" + s.setVersion());
      switch (a.function()) {
        case MEAN_POINTS -> {
          BigDecimal[] pm = pointsAndMax(s, a.group());
          BigDecimal pct = pm[1].signum() == 0 ? BigDecimal.ZERO : Points.ratio(pm[0], pm[1]);
          sum = sum.add(pct);
          used.add(
              new InputUsed(
                  child.getUnit(),
                  source + (a.group() == null ? " total" : " " + a.group()),
                  s == null ? "" : pm[0].toPlainString() + "/" + pm[1].toPlainString(),
                  0,
                  null,
                  null));
        }
        case SHARE_AT_LEVEL -> {
          Integer level = levelOf(s, a.group());
          if (level != null && level >= a.minLevel()) {
            counted++;
          }
          used.add(
              new InputUsed(
                  child.getUnit(),
                  source + (a.group() == null ? " level" : " " + a.group() + " level"),
                  level == null ? "" : level.toString(),
                  0,
                  null,
                  null));
        }
        case SHARE_TRUE -> {
          Observation o = child.getValues().get(a.indicator());
          if (o != null && o.asBoolean()) {
            counted++;
          }
          used.add(
              o == null
                  ? new InputUsed(child.getUnit(), a.indicator(), "", 0, null, null)
                  : new InputUsed(
                      child.getUnit(),
                      a.indicator(),
                      o.value(),
                      o.id(),
                      o.evidence(),
                      o.provenance()));
        }
      }
    }
    int n = sorted.size();
    BigDecimal value =
        switch (a.function()) {
          case MEAN_POINTS ->
              sum.divide(BigDecimal.valueOf(n), Points.RATIO_SCALE, RoundingMode.HALF_UP);
          default -> Points.ratio(BigDecimal.valueOf(counted), BigDecimal.valueOf(n));
        };
    String detail =
        a.function() == Criterion.AggregateFunction.MEAN_POINTS ? null : String.valueOf(counted);
    put(
        unit,
        criterion,
        new Award(
            Award.Kind.POINTS,
            set.rounding().apply(Points.fromPercent(value, c.maxPoints(), c.bands())),
            rule,
            a.set(),
            value,
            detail,
            used));
  }

  /** An aggregate when the authority manages no school that the source set scores. */
  public void noChildren(String unit, String criterion, String rule) {
    Criterion c = criteria.get(criterion);
    put(
        unit,
        criterion,
        new Award(
            Award.Kind.NO_CHILDREN,
            set.rounding().apply(BigDecimal.ZERO),
            rule,
            c.aggregate().set(),
            null,
            null,
            List.of()));
  }

  /** The decisions for one unit, by criterion code. */
  public Map<String, Award> of(String unit) {
    return byUnit.getOrDefault(unit, Map.of());
  }

  private static Award decided(Award.Kind kind, String rule, InputFact input) {
    return new Award(kind, null, rule, input.getIndicator(), null, null, List.of(input.used()));
  }

  private static BigDecimal[] pointsAndMax(Score s, String group) {
    if (s == null) {
      return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
    if (group == null) {
      return new BigDecimal[] {
        s.total(),
        s.groups().stream().map(GroupScore::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add)
      };
    }
    return s.group(group)
        .map(g -> new BigDecimal[] {g.points(), g.maxPoints()})
        .orElse(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
  }

  private static Integer levelOf(Score s, String group) {
    if (s == null) {
      return null;
    }
    if (group != null) {
      return s.group(group).map(GroupScore::level).orElse(null);
    }
    if (s.level() != null) {
      return s.level();
    }
    return s.groups().stream().map(GroupScore::level).min(Integer::compare).orElse(null);
  }

  private void put(String unit, String criterion, Award award) {
    Award earlier =
        byUnit.computeIfAbsent(unit, u -> new HashMap<>()).putIfAbsent(criterion, award);
    if (earlier != null) {
      // Exactly one rule per criterion matches a unit; two means the generator is wrong.
      throw new IllegalStateException(
          "Rules '" + earlier.rule() + "' and '" + award.rule() + "' both decided " + criterion);
    }
  }
}
