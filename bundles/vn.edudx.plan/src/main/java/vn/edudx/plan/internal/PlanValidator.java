package vn.edudx.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.plan.Metric;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.StatusRules;
import vn.edudx.api.plan.TaskStatus;
import vn.edudx.api.unit.UnitType;

/**
 * Checks a plan definition's content once Jackson has read its shape: required fields, years in
 * order, targets in range, metrics that read existing indicators of the right type, and tasks
 * answered through choice indicators.
 */
final class PlanValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A plan id goes into URLs and a 64-character column: letters, digits, dot, dash, underscore. */
  static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** The longest title a list shows whole (the column's size). */
  static final int MAX_TITLE = 400;

  /** The answers a task's indicator must allow, and only them. */
  static final Set<String> TASK_ANSWERS =
      Set.of(TaskStatus.DONE.name(), TaskStatus.IN_PROGRESS.name(), TaskStatus.NOT_STARTED.name());

  private final String file;
  private final IndicatorSet indicators;
  private final List<Problem> problems = new ArrayList<>();

  PlanValidator(String file, IndicatorSet indicators) {
    this.file = file;
    this.indicators = indicators;
  }

  List<Problem> validate(PlanDefinition plan) {
    required(plan.id(), "id");
    if (plan.id() != null && !plan.id().isBlank() && !SAFE_ID.matcher(plan.id()).matches()) {
      add("plan.definition.id.format", "id", plan.id(), plan.id());
    }
    if (plan.title() != null
        && ((plan.title().vi() != null && plan.title().vi().length() > MAX_TITLE)
            || (plan.title().en() != null && plan.title().en().length() > MAX_TITLE))) {
      add("plan.definition.title.long", "title", null, MAX_TITLE);
    }
    if (plan.version() < 1) {
      add("plan.definition.version", "version", String.valueOf(plan.version()));
    }
    required(plan.title(), "title");
    required(plan.indicatorSet(), "indicatorSet");
    if (indicators != null
        && plan.indicatorSet() != null
        && !plan.indicatorSet().equals(indicators.id())) {
      add("plan.definition.set.other", "indicatorSet", plan.indicatorSet(), indicators.id());
    }
    if (!(plan.baselineYear() >= 1990
        && plan.baselineYear() < plan.finalYear()
        && plan.finalYear() < plan.horizonYear()
        && plan.horizonYear() <= 2100)) {
      add(
          "plan.definition.years",
          "baselineYear",
          null,
          String.valueOf(plan.baselineYear()),
          String.valueOf(plan.finalYear()),
          String.valueOf(plan.horizonYear()));
    }
    rules(plan.rules(), "rules");
    if (plan.targets().isEmpty()) {
      add("plan.definition.required", "targets", null, "targets");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < plan.targets().size(); i++) {
      PlanTarget t = plan.targets().get(i);
      String at = "targets[" + i + "]";
      if (t == null) {
        add("plan.definition.required", at, null, at);
        continue;
      }
      if (required(t.code(), at + ".code") && !codes.add(t.code())) {
        add("plan.definition.code.duplicate", at + ".code", t.code(), t.code());
      }
      required(t.name(), at + ".name");
      if (t.unitTypes().isEmpty()) {
        add("plan.definition.required", at + ".unitTypes", null, at + ".unitTypes");
      }
      // A target for schools with no level would count no school: say so, never a silent 0 units.
      if (t.unitTypes().contains(UnitType.SCHOOL) && t.schoolLevels().isEmpty()) {
        add("plan.definition.levels.missing", at + ".schoolLevels", null, t.code());
      }
      if (t.finalTarget() == null && t.horizonTarget() == null) {
        add("plan.definition.target.missing", at + ".finalTarget", null, t.code());
      }
      percent(t.finalTarget(), at + ".finalTarget");
      percent(t.horizonTarget(), at + ".horizonTarget");
      if (t.rules() != null) {
        rules(t.rules().orElse(plan.rules()), at + ".rules");
      }
      metric(t.metric(), at + ".metric");
    }
    tasks(plan, codes);
    return problems;
  }

  /**
   * Tasks: codes unique among targets and tasks, a section and a name in both languages, a choice
   * indicator with exactly the three answers, related targets the plan has, a due year in range.
   */
  private void tasks(PlanDefinition plan, Set<String> codes) {
    for (int i = 0; i < plan.tasks().size(); i++) {
      PlanTask t = plan.tasks().get(i);
      String at = "tasks[" + i + "]";
      if (t == null) {
        add("plan.definition.required", at, null, at);
        continue;
      }
      if (required(t.code(), at + ".code") && !codes.add(t.code())) {
        add("plan.definition.task.code.duplicate", at + ".code", t.code(), t.code());
      }
      required(t.section(), at + ".section");
      if (required(t.name(), at + ".name")) {
        required(t.name().vi(), at + ".name.vi");
        required(t.name().en(), at + ".name.en");
      }
      if (t.unitTypes().isEmpty()) {
        add("plan.definition.required", at + ".unitTypes", null, at + ".unitTypes");
      }
      choice(t.indicator(), at + ".indicator");
      for (int j = 0; j < t.relatedTargets().size(); j++) {
        String target = t.relatedTargets().get(j);
        String where = at + ".relatedTargets[" + j + "]";
        if (required(target, where) && plan.target(target).isEmpty()) {
          add("plan.definition.task.target.unknown", where, target, t.code(), target);
        }
      }
      Integer due = t.dueYear();
      if (due != null && (due < plan.baselineYear() || due > plan.horizonYear())) {
        add(
            "plan.definition.task.due",
            at + ".dueYear",
            String.valueOf(due),
            String.valueOf(due),
            t.code(),
            String.valueOf(plan.baselineYear()),
            String.valueOf(plan.horizonYear()));
      }
    }
  }

  /** A task's indicator: in the set, TEXT, and answering exactly DONE, IN_PROGRESS, NOT_STARTED. */
  private void choice(String code, String at) {
    if (!required(code, at) || indicators == null) {
      return;
    }
    Optional<Indicator> found = indicators.indicator(code);
    if (found.isEmpty()) {
      add("plan.definition.indicator.unknown", at, code, code, indicators.id());
      return;
    }
    Indicator i = found.get();
    if (i.type() != ValueType.TEXT
        || i.allowed().size() != TASK_ANSWERS.size()
        || !TASK_ANSWERS.containsAll(i.allowed())) {
      add(
          "plan.definition.task.indicator.choice",
          at,
          code,
          code,
          i.type().name(),
          String.join(", ", i.allowed()));
    }
  }

  private void metric(Metric m, String at) {
    if (!required(m, at) || !required(m.kind(), at + ".kind")) {
      return;
    }
    switch (m.kind()) {
      case RATIO -> {
        indicator(m.numerator(), at + ".numerator", ValueType.NUMBER);
        indicator(m.denominator(), at + ".denominator", ValueType.NUMBER);
      }
      case AVERAGE -> indicator(m.indicator(), at + ".indicator", ValueType.PERCENT);
      case SHARE_OF_UNITS -> indicator(m.indicator(), at + ".indicator", ValueType.BOOLEAN);
      case VALUE -> indicator(m.indicator(), at + ".indicator", ValueType.PERCENT);
    }
    if (m.kind() != MetricKind.RATIO && (m.numerator() != null || m.denominator() != null)) {
      add("plan.definition.metric.extra", at + ".numerator", null, m.kind().name());
    }
  }

  private void indicator(String code, String at, ValueType expected) {
    if (!required(code, at) || indicators == null) {
      return;
    }
    Optional<Indicator> found = indicators.indicator(code);
    if (found.isEmpty()) {
      add("plan.definition.indicator.unknown", at, code, code, indicators.id());
    } else if (found.get().type() != expected) {
      add(
          "plan.definition.indicator.type",
          at,
          code,
          code,
          found.get().type().name(),
          expected.name());
    }
  }

  private void percent(BigDecimal value, String at) {
    if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      add("plan.definition.target.range", at, value.toPlainString(), value.toPlainString());
    }
  }

  private void rules(StatusRules r, String at) {
    BigDecimal tolerance = r.onTrackTolerance();
    BigDecimal band = r.atRiskBand();
    if (tolerance.signum() < 0 || band.compareTo(tolerance) < 0 || band.compareTo(HUNDRED) > 0) {
      add(
          "plan.definition.rules.invalid",
          at,
          null,
          tolerance.toPlainString(),
          band.toPlainString());
    }
  }

  private boolean required(Object value, String at) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add("plan.definition.required", at, null, at);
      return false;
    }
    return true;
  }

  /** A problem at a JSON path; the message's first argument is always the file. */
  private void add(String code, String at, String value, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = file;
    System.arraycopy(args, 0, all, 1, args.length);
    problems.add(Texts.MESSAGES.problem(code, at, null, null, value, all));
  }
}
