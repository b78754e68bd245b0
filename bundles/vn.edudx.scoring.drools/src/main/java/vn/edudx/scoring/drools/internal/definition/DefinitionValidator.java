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
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.LevelThresholds;
import vn.edudx.api.indicator.ValueType;

/**
 * Checks that a definition holds together before it becomes rules: codes are safe and unique,
 * points add up, each criterion reads an indicator of the right type.
 *
 * <p>Codes are restricted to letters, digits, dots, dashes and underscores because they are written
 * into the generated rules: a definition can never smuggle code into the rule base.
 */
final class DefinitionValidator {

  static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Messages MESSAGES =
      Messages.load("vn.edudx.scoring.drools.internal.messages", DefinitionValidator.class);

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  DefinitionValidator(String file) {
    this.file = file;
  }

  List<Problem> validate(IndicatorSet set) {
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
    Map<String, Indicator> indicators = indicators(set);
    Set<String> codes = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (IndicatorGroup g : set.groups()) {
      String where = "groups." + g.code();
      code(g.code(), where);
      unique(codes, g.code(), where);
      required(g.name(), where + ".name");
      levels(g.levels(), where + ".levels");
      BigDecimal sum = BigDecimal.ZERO;
      for (Criterion c : g.criteria()) {
        criterion(c, where, indicators, codes, used);
        sum = sum.add(c.maxPoints());
      }
      if (g.maxPoints() == null || sum.compareTo(g.maxPoints()) != 0) {
        problem("definition.group.sum", where + ".maxPoints", String.valueOf(g.maxPoints()), sum);
      }
    }
    if (set.groups().isEmpty()) {
      problem("definition.groups", "groups", null);
    }
    for (String unused : indicators.keySet()) {
      if (!used.contains(unused)) {
        problem("definition.indicator.unused", "indicators." + unused, unused);
      }
    }
    return problems;
  }

  private void levels(LevelThresholds levels, String where) {
    if (levels == null) {
      required(null, where);
      return;
    }
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
      Criterion c,
      String parent,
      Map<String, Indicator> indicators,
      Set<String> codes,
      Set<String> used) {
    String where = parent + ".criteria." + c.code();
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
    if (c.type() == CriterionType.SUM) {
      if (c.children().isEmpty() || c.input() != null) {
        problem("definition.criterion.sum", where, null);
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Criterion child : c.children()) {
        criterion(child, where, indicators, codes, used);
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
    if (c.type() == CriterionType.MANDATORY && c.maxPoints().signum() != 0) {
      problem("definition.criterion.mandatory.points", where + ".maxPoints", c.maxPoints());
    }
    Indicator input = c.input() == null ? null : indicators.get(c.input());
    if (input == null) {
      problem("definition.criterion.input", where + ".input", c.input());
      return;
    }
    used.add(input.code());
    ValueType expected = c.type() == CriterionType.PERCENT ? ValueType.PERCENT : ValueType.BOOLEAN;
    if (input.type() != expected) {
      problem(
          "definition.criterion.input.type", where + ".input", c.input(), input.type(), expected);
    }
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
