package vn.edudx.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.plan.Metric;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.StatusRules;

/**
 * Checks a plan definition's content once Jackson has read its shape: required fields, years in
 * order, targets in range, and metrics that read existing indicators of the right type.
 */
final class PlanValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String file;
  private final IndicatorSet indicators;
  private final List<Problem> problems = new ArrayList<>();

  PlanValidator(String file, IndicatorSet indicators) {
    this.file = file;
    this.indicators = indicators;
  }

  List<Problem> validate(PlanDefinition plan) {
    required(plan.id(), "id");
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
    return problems;
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
