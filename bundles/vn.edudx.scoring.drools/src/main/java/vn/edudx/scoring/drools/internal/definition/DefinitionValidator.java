package vn.edudx.scoring.drools.internal.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Criterion.Band;
import vn.edudx.api.indicator.Criterion.Choice;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.LevelThresholds;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.unit.SchoolLevel;

/**
 * Checks that a definition holds together before it becomes rules: codes are safe and unique,
 * points add up, each criterion reads indicators of the right type, bands rise, answers are listed,
 * aggregates say what they compute. Every problem is reported, each with its place.
 *
 * <p>Codes and answers are restricted to letters, digits, dots, dashes and underscores because they
 * are written into the generated rules: a definition can never smuggle code into the rule base.
 */
public final class DefinitionValidator {

  /** What a code (of a set, group, criterion, indicator or answer) may look like. */
  public static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.scoring.drools.internal.messages", DefinitionValidator.class);

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  /** The path of every group, criterion and indicator checked, with what it is and its code. */
  private final Map<String, Place> places = new java.util.LinkedHashMap<>();

  /** What a path of the definition names: a group, criterion or indicator, by code. */
  public record Place(Kind kind, String code) {

    /** The three things a definition lists. */
    public enum Kind {
      GROUP,
      CRITERION,
      INDICATOR
    }
  }

  /**
   * Where a problem's field is: the group, criterion or indicator whose path it starts with (the
   * longest), and the rest of the path (e.g. {@code maxPoints}, {@code bands[1].from}).
   */
  public java.util.Optional<Map.Entry<Place, String>> place(String field) {
    String best = null;
    for (String path : places.keySet()) {
      if ((field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "["))
          && (best == null || path.length() > best.length())) {
        best = path;
      }
    }
    if (best == null) {
      return java.util.Optional.empty();
    }
    String rest = field.substring(best.length()).replaceFirst("^\\.", "");
    return java.util.Optional.of(Map.entry(places.get(best), rest));
  }

  public DefinitionValidator(String file) {
    this.file = file;
  }

  public List<Problem> validate(IndicatorSet set) {
    required(set.id(), "id");
    required(set.title(), "title");
    if (set.id() != null) {
      code(set.id(), "id");
    }
    if (set.version() < 1) {
      problem("definition.version", "version", String.valueOf(set.version()));
    }
    if (set.unitTypes().isEmpty()) {
      problem("definition.unitTypes", "unitTypes", null);
    }
    if (set.rounding().scale() < 0 || set.rounding().scale() > 4) {
      problem("definition.rounding", "rounding.scale", set.rounding().scale());
    }
    if (set.levels() != null) {
      levels(set.levels(), "levels");
    }
    Map<String, Indicator> indicators = indicators(set);
    Set<String> codes = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (IndicatorGroup g : set.groups()) {
      String where = "groups." + g.code();
      places.put(where, new Place(Place.Kind.GROUP, g.code()));
      code(g.code(), where);
      unique(codes, g.code(), where);
      required(g.name(), where + ".name");
      if (g.levels() != null) {
        levels(g.levels(), where + ".levels");
      } else if (set.levels() == null) {
        problem("definition.levels.none", where + ".levels", null);
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Criterion c : g.criteria()) {
        criterion(set, c, where, indicators, codes, used);
        sum = sum.add(c.maxPoints());
      }
      if (g.maxPoints() == null || sum.compareTo(g.maxPoints()) != 0) {
        problem("definition.group.sum", where + ".maxPoints", String.valueOf(g.maxPoints()), sum);
      }
    }
    if (set.groups().isEmpty() && set.indicators().isEmpty()) {
      problem("definition.groups", "groups", null);
    }
    if (set.scores()) {
      for (String unused : indicators.keySet()) {
        if (!used.contains(unused)) {
          problem("definition.indicator.unused", "indicators." + unused, unused);
        }
      }
    }
    return problems;
  }

  private void levels(LevelThresholds levels, String where) {
    required(levels.level2From(), where + ".level2From");
    required(levels.level3Above(), where + ".level3Above");
    if (levels.level2From() != null
        && levels.level3Above() != null
        && levels.level2From().compareTo(levels.level3Above()) > 0) {
      problem("definition.levels", where, levels.level2From() + " > " + levels.level3Above());
    }
    if (levels.capOnMandatoryFailure() < 1 || levels.capOnMandatoryFailure() > 3) {
      problem(
          "definition.levels.cap",
          where + ".capOnMandatoryFailure",
          levels.capOnMandatoryFailure());
    }
  }

  private Map<String, Indicator> indicators(IndicatorSet set) {
    Set<String> seen = new HashSet<>();
    for (Indicator i : set.indicators()) {
      String where = "indicators." + i.code();
      places.put(where, new Place(Place.Kind.INDICATOR, i.code()));
      code(i.code(), where);
      unique(seen, i.code(), where);
      required(i.type(), where + ".type");
      required(i.name(), where + ".name");
      if (i.min() != null && i.max() != null && i.min().compareTo(i.max()) > 0) {
        problem("definition.indicator.range", where, i.range());
      }
    }
    return set.indicators().stream()
        .filter(i -> i.code() != null)
        .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a));
  }

  private void criterion(
      IndicatorSet set,
      Criterion c,
      String parent,
      Map<String, Indicator> indicators,
      Set<String> codes,
      Set<String> used) {
    String where = parent + ".criteria." + c.code();
    places.put(where, new Place(Place.Kind.CRITERION, c.code()));
    code(c.code(), where);
    unique(codes, c.code(), where);
    required(c.type(), where + ".type");
    required(c.name(), where + ".name");
    if (c.type() == null) {
      return;
    }
    if (c.maxPoints().signum() < 0) {
      problem("definition.criterion.negative", where + ".maxPoints", c.maxPoints().toString());
    }
    for (SchoolLevel l : c.levels()) {
      if (!set.schoolLevels().contains(l)) {
        problem("definition.criterion.level", where + ".levels", l.name());
      }
    }
    if (c.capsLevelAt() != null
        && (c.type() != CriterionType.MANDATORY || c.capsLevelAt() < 1 || c.capsLevelAt() > 3)) {
      problem("definition.criterion.cap", where + ".capsLevelAt", c.capsLevelAt());
    }
    if (c.type() == CriterionType.SUM) {
      if (c.children().isEmpty() || c.input() != null) {
        problem("definition.criterion.sum", where, null);
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Criterion child : c.children()) {
        criterion(set, child, where, indicators, codes, used);
        sum = sum.add(child.maxPoints());
      }
      if (sum.compareTo(c.maxPoints()) != 0) {
        problem("definition.criterion.sum.points", where + ".maxPoints", c.maxPoints(), sum);
      }
      return;
    }
    if (!c.children().isEmpty()) {
      problem("definition.criterion.children", where + ".children", c.type().name());
    }
    switch (c.type()) {
      case MANDATORY -> {
        if (c.maxPoints().signum() != 0) {
          problem("definition.criterion.mandatory.points", where + ".maxPoints", c.maxPoints());
        }
        input(c, where, indicators, used, ValueType.BOOLEAN);
      }
      case YES_NO -> input(c, where, indicators, used, ValueType.BOOLEAN);
      case PERCENT -> {
        if (c.denominator() == null) {
          input(c, where, indicators, used, ValueType.PERCENT);
        } else {
          input(c, where, indicators, used, ValueType.NUMBER);
          denominator(c, where, indicators, used);
        }
      }
      case BANDS -> {
        if (c.denominator() == null) {
          input(c, where, indicators, used, ValueType.PERCENT, ValueType.NUMBER);
        } else {
          input(c, where, indicators, used, ValueType.NUMBER);
          denominator(c, where, indicators, used);
        }
        bands(c, where, true);
      }
      case COUNT -> {
        input(c, where, indicators, used, ValueType.NUMBER);
        bands(c, where, true);
      }
      case CHOICE -> {
        input(c, where, indicators, used, ValueType.TEXT);
        choices(c, where, indicators.get(c.input()));
      }
      case AGGREGATE -> aggregate(c, where);
      default -> {}
    }
  }

  private void input(
      Criterion c,
      String where,
      Map<String, Indicator> indicators,
      Set<String> used,
      ValueType... expected) {
    Indicator input = c.input() == null ? null : indicators.get(c.input());
    if (input == null) {
      problem("definition.criterion.input", where + ".input", c.input());
      return;
    }
    used.add(input.code());
    if (input.type() != null && !List.of(expected).contains(input.type())) {
      problem(
          "definition.criterion.input.type",
          where + ".input",
          c.input(),
          input.type(),
          List.of(expected).stream().map(Enum::name).collect(Collectors.joining(" / ")));
    }
  }

  private void denominator(
      Criterion c, String where, Map<String, Indicator> indicators, Set<String> used) {
    Indicator d = indicators.get(c.denominator());
    if (d == null) {
      problem("definition.criterion.input", where + ".denominator", c.denominator());
      return;
    }
    used.add(d.code());
    if (d.type() != ValueType.NUMBER) {
      problem(
          "definition.criterion.input.type",
          where + ".denominator",
          c.denominator(),
          d.type(),
          ValueType.NUMBER);
    }
  }

  private void bands(Criterion c, String where, boolean requiredBands) {
    List<Band> bands = c.bands();
    if (bands.isEmpty()) {
      if (requiredBands) {
        problem("definition.criterion.bands", where + ".bands", null);
      }
      return;
    }
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      String at = where + ".bands[" + i + "]";
      if (b.from() == null || b.points() == null) {
        problem("definition.required", at, null);
        continue;
      }
      if (b.points().signum() < 0 || b.points().compareTo(c.maxPoints()) > 0) {
        problem("definition.criterion.band.points", at + ".points", b.points(), c.maxPoints());
      }
      if (i > 0
          && bands.get(i - 1).from() != null
          && bands.get(i - 1).from().compareTo(b.from()) >= 0) {
        problem("definition.criterion.band.order", at + ".from", b.from());
      }
    }
  }

  private void choices(Criterion c, String where, Indicator input) {
    if (c.options().isEmpty()) {
      problem("definition.criterion.options", where + ".options", null);
    }
    Set<String> values = new HashSet<>();
    for (int i = 0; i < c.options().size(); i++) {
      Choice o = c.options().get(i);
      String at = where + ".options[" + i + "]";
      code(o.value(), at + ".value");
      unique(values, o.value(), at + ".value");
      required(o.label(), at + ".label");
      if (o.points() == null
          || o.points().signum() < 0
          || o.points().compareTo(c.maxPoints()) > 0) {
        problem("definition.criterion.band.points", at + ".points", o.points(), c.maxPoints());
      }
      if (input != null
          && !input.allowed().isEmpty()
          && o.value() != null
          && !input.allowed().contains(o.value())) {
        problem("definition.criterion.option.allowed", at + ".value", o.value(), input.code());
      }
    }
  }

  private void aggregate(Criterion c, String where) {
    var a = c.aggregate();
    if (a == null || a.function() == null) {
      problem("definition.criterion.aggregate", where + ".aggregate", null);
      return;
    }
    if (c.input() != null) {
      problem("definition.criterion.aggregate.input", where + ".input", c.input());
    }
    code(a.set(), where + ".aggregate.set");
    if (a.group() != null) {
      code(a.group(), where + ".aggregate.group");
    }
    switch (a.function()) {
      case SHARE_AT_LEVEL -> {
        if (a.minLevel() == null || a.minLevel() < 1 || a.minLevel() > 3) {
          problem(
              "definition.criterion.aggregate.level", where + ".aggregate.minLevel", a.minLevel());
        }
      }
      case SHARE_TRUE -> code(a.indicator(), where + ".aggregate.indicator");
      default -> {}
    }
    bands(c, where, false);
  }

  private void code(String code, String where) {
    if (code == null || !SAFE_CODE.matcher(code).matches()) {
      problem("definition.code", where, code);
    }
  }

  private void unique(Set<String> seen, String code, String where) {
    if (code != null && !seen.add(code)) {
      problem("definition.duplicate", where, code);
    }
  }

  private void required(Object value, String where) {
    if (value == null) {
      problem("definition.required", where, null);
    }
  }

  private void problem(String key, String field, Object value, Object... more) {
    Object[] args = new Object[more.length + 3];
    args[0] = file;
    args[1] = field;
    args[2] = value;
    System.arraycopy(more, 0, args, 3, more.length);
    problems.add(
        MESSAGES.problem(key, field, null, null, value == null ? null : value.toString(), args));
  }
}
