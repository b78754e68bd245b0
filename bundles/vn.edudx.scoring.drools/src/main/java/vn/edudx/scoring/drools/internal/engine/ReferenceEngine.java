package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Criterion.Band;
import vn.edudx.api.indicator.Criterion.Choice;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;

/**
 * The reference evaluator: the meaning of a definition written as plain Java, case by case, with
 * the same rule names the generator gives. The differential test holds the generated rules to it,
 * and the benchmark times Drools against it.
 */
public final class ReferenceEngine implements ScoringEngine {

  private final IndicatorSet set;
  private final Applicability applicability;

  public ReferenceEngine(IndicatorSet set) {
    this.set = set;
    this.applicability = new Applicability(set);
  }

  @Override
  public void decide(List<UnitInput> units, Awards awards) {
    for (UnitInput u : units) {
      Map<String, InputFact> values = new HashMap<>();
      u.inputs().forEach(f -> values.put(f.getIndicator(), f));
      for (IndicatorGroup g : set.groups()) {
        for (Criterion c : g.criteria()) {
          decide(u, values, c, awards);
        }
      }
    }
  }

  private void decide(UnitInput u, Map<String, InputFact> values, Criterion c, Awards awards) {
    if (c.type() == CriterionType.SUM) {
      c.children().forEach(child -> decide(u, values, child, awards));
      return;
    }
    String unit = u.unit().code();
    if (!applicability.appliesTo(c.code(), u.unit())) {
      awards.notApplicable(unit, c.code(), name(c, "not applicable"));
      return;
    }
    InputFact in = values.get(c.input());
    switch (c.type()) {
      case MANDATORY -> {
        if (in == null) {
          awards.missing(unit, c.code(), name(c, "missing"), c.input());
        } else if (in.isYes()) {
          awards.passed(unit, c.code(), name(c, "passed"), in);
        } else {
          awards.failed(unit, c.code(), name(c, "failed"), in);
        }
      }
      case YES_NO -> {
        if (in == null) {
          awards.missing(unit, c.code(), name(c, "missing"), c.input());
        } else if (in.isYes()) {
          awards.points(unit, c.code(), name(c, "yes"), c.maxPoints(), null, null, in);
        } else {
          awards.points(unit, c.code(), name(c, "no"), BigDecimal.ZERO, null, null, in);
        }
      }
      case CHOICE -> {
        if (in == null) {
          awards.missing(unit, c.code(), name(c, "missing"), c.input());
          return;
        }
        for (Choice o : c.options()) {
          if (o.value().equals(in.getText())) {
            awards.points(
                unit, c.code(), name(c, "answer " + o.value()), o.points(), null, o.value(), in);
            return;
          }
        }
        awards.points(
            unit, c.code(), name(c, "other answer"), BigDecimal.ZERO, null, in.getText(), in);
      }
      case PERCENT, BANDS, COUNT -> numeric(u, values, c, in, awards);
      case AGGREGATE -> {
        List<ChildResult> children =
            u.children().stream()
                .filter(r -> r.getAuthority().equals(unit))
                .filter(r -> r.getSet().equals(c.aggregate().set()))
                .toList();
        if (children.isEmpty()) {
          awards.noChildren(unit, c.code(), name(c, "no schools"));
        } else {
          awards.aggregate(unit, c.code(), name(c, "aggregate"), children);
        }
      }
      default -> throw new IllegalArgumentException("Not a leaf criterion: " + c.type());
    }
  }

  private void numeric(
      UnitInput u, Map<String, InputFact> values, Criterion c, InputFact in, Awards awards) {
    String unit = u.unit().code();
    InputFact num = in == null || in.getNumber() == null ? null : in;
    BigDecimal value;
    InputFact[] used;
    if (c.denominator() != null) {
      InputFact den = values.get(c.denominator());
      if (den != null && den.getNumber() == null) {
        den = null;
      }
      if (num == null || den == null) {
        awards.missing(unit, c.code(), name(c, "missing"), c.input());
        return;
      }
      if (!den.isPositive()) {
        awards.noBase(unit, c.code(), name(c, "no base"), num, den);
        return;
      }
      value = Points.ratio(num.getNumber(), den.getNumber());
      used = new InputFact[] {num, den};
    } else {
      if (num == null) {
        awards.missing(unit, c.code(), name(c, "missing"), c.input());
        return;
      }
      value = num.getNumber();
      used = new InputFact[] {num};
    }
    if (c.type() == CriterionType.PERCENT) {
      awards.points(
          unit, c.code(), name(c, "share"), Points.share(value, c.maxPoints()), value, null, used);
      return;
    }
    List<Band> bands = c.bands();
    int i = Points.band(value, bands);
    if (i < 0) {
      awards.points(unit, c.code(), name(c, "below"), BigDecimal.ZERO, value, null, used);
    } else {
      awards.points(
          unit,
          c.code(),
          name(c, DrlGenerator.bandCase(i)),
          bands.get(i).points(),
          value,
          String.valueOf(i + 1),
          used);
    }
  }

  private String name(Criterion c, String suffix) {
    return DrlGenerator.ruleName(set, c, suffix);
  }
}
