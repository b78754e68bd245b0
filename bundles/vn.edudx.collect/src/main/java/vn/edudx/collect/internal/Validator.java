package vn.edudx.collect.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edudx.api.Messages;
import vn.edudx.api.Period;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.api.workflow.AssessmentState;

/**
 * Checks every row of a delivery against the register and the indicator sets, and turns the good
 * ones into canonical values. It reports every problem of every row, never only the first.
 */
final class Validator {

  private static final Messages MESSAGES = IngestPipeline.MESSAGES;

  /** What a delivery's rows became: values to store and problems to report. */
  record Outcome(List<NewObservation> values, List<Problem> problems) {}

  /**
   * Which values a delivery may no longer change: those of a self-assessment that is submitted
   * (under review) or approved (its score frozen). The workflow's own edits pass {@link #OPEN}.
   */
  @FunctionalInterface
  interface Gate {
    Gate OPEN = (unit, period, indicator) -> null;

    /** The state that closes the unit's value of the indicator in the period; null when open. */
    AssessmentState closed(OrgUnit unit, Period period, Indicator indicator);
  }

  private final Map<String, OrgUnit> units;
  private final IndicatorSetRegistry registry;
  private final Gate gate;

  // What the registry and the period syntax answered, for this delivery: a large file asks the
  // same few questions once per row (2 million times for a province), and the registry answers
  // each by going through its current sets.
  private final Map<String, Optional<Indicator>> known = new HashMap<>();
  private final Map<Covering, Optional<Indicator>> covered = new HashMap<>();
  private final Map<String, Optional<Period>> periods = new HashMap<>();

  /**
   * A question to the registry for a unit: sets cover a unit by its type and level ({@link
   * vn.edudx.api.indicator.IndicatorSet#covers}), so units alike in both get the same answer.
   */
  private record Covering(UnitType type, SchoolLevel level, String code) {}

  /**
   * @param units the register's units the delivery names, by code
   */
  Validator(Map<String, OrgUnit> units, IndicatorSetRegistry registry) {
    this(units, registry, Gate.OPEN);
  }

  Validator(Map<String, OrgUnit> units, IndicatorSetRegistry registry, Gate gate) {
    this.units = units;
    this.registry = registry;
    this.gate = gate;
  }

  Outcome validate(List<IncomingRow> rows) {
    List<NewObservation> values = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (IncomingRow row : rows) {
      int before = problems.size();
      OrgUnit unit = unit(row, problems);
      Period period = period(row, problems);
      Indicator indicator = indicator(row, unit, problems);
      String value = value(row, indicator, problems);
      length(row.row(), row.evidence(), problems);
      length(row.row(), row.note(), problems);
      if (problems.size() > before) {
        continue;
      }
      AssessmentState closed = gate.closed(unit, period, indicator);
      if (closed != null) {
        problems.add(
            problem(
                closed == AssessmentState.APPROVED ? "row.closed.approved" : "row.closed.submitted",
                row.row(),
                row.value(),
                unit.code(),
                period.code(),
                indicator.code()));
        continue;
      }
      String key = unit.code() + '|' + period.code() + '|' + indicator.code();
      Integer earlier = firstRow.putIfAbsent(key, row.row());
      if (earlier != null) {
        problems.add(
            problem(
                "row.duplicate",
                row.row(),
                row.indicator(),
                indicator.code(),
                unit.code(),
                period.code(),
                earlier));
        continue;
      }
      values.add(
          new NewObservation(
              unit.code(),
              period.code(),
              indicator.code(),
              value,
              blankToNull(row.evidence()),
              blankToNull(row.note()),
              row.row()));
    }
    return new Outcome(values, problems);
  }

  private OrgUnit unit(IncomingRow row, List<Problem> problems) {
    Cell cell = row.unit();
    if (cell.isBlank()) {
      problems.add(problem("row.unit.required", row.row(), cell));
      return null;
    }
    OrgUnit unit = units.get(cell.text());
    if (unit == null) {
      problems.add(problem("row.unit.unknown", row.row(), cell, cell.text()));
    }
    return unit;
  }

  private Period period(IncomingRow row, List<Problem> problems) {
    Cell cell = row.period();
    if (cell.isBlank()) {
      problems.add(problem("row.period.required", row.row(), cell));
      return null;
    }
    Period period =
        periods
            .computeIfAbsent(cell.text(), t -> Optional.ofNullable(Period.parseOrNull(t)))
            .orElse(null);
    if (period == null) {
      problems.add(problem("row.period.invalid", row.row(), cell, cell.text()));
      return null;
    }
    OrgUnit unit = units.get(row.unit().text());
    if (unit != null && !unit.activeIn(period)) {
      problems.add(problem("row.unit.inactive", row.row(), row.unit(), unit.code(), period.code()));
    }
    return period;
  }

  private Indicator indicator(IncomingRow row, OrgUnit unit, List<Problem> problems) {
    Cell cell = row.indicator();
    if (cell.isBlank()) {
      problems.add(problem("row.indicator.required", row.row(), cell));
      return null;
    }
    Optional<Indicator> known = this.known.computeIfAbsent(cell.text(), registry::indicator);
    if (known.isEmpty()) {
      problems.add(problem("row.indicator.unknown", row.row(), cell, cell.text()));
      return null;
    }
    if (unit == null) {
      return known.get();
    }
    // The type and range that count are those of a set covering this unit.
    Optional<Indicator> found =
        covered.computeIfAbsent(
            new Covering(unit.type(), unit.level(), cell.text()),
            c -> registry.indicatorFor(unit, c.code()));
    if (found.isEmpty()) {
      problems.add(
          problem(
              "row.indicator.not-applicable",
              row.row(),
              cell,
              cell.text(),
              unit.code(),
              unit.level() == null ? unit.type().label().vi() : unit.level().label().vi(),
              unit.level() == null ? unit.type().label().en() : unit.level().label().en()));
      return null;
    }
    return found.get();
  }

  private static String value(IncomingRow row, Indicator indicator, List<Problem> problems) {
    Cell cell = row.value();
    if (cell.isBlank()) {
      problems.add(problem("row.value.required", row.row(), cell));
      return null;
    }
    if (indicator == null) {
      return null;
    }
    switch (indicator.type()) {
      case BOOLEAN -> {
        Optional<Boolean> b = Values.yesNo(cell.text());
        if (b.isEmpty()) {
          problems.add(problem("row.value.yes-no", row.row(), cell, cell.text()));
          return null;
        }
        return b.get().toString();
      }
      case PERCENT, NUMBER -> {
        Optional<BigDecimal> n = Values.number(cell.text());
        if (n.isEmpty()) {
          problems.add(problem("row.value.number", row.row(), cell, cell.text()));
          return null;
        }
        BigDecimal v = n.get();
        if ((indicator.min() != null && v.compareTo(indicator.min()) < 0)
            || (indicator.max() != null && v.compareTo(indicator.max()) > 0)) {
          problems.add(
              problem(
                  "row.value.range",
                  row.row(),
                  cell,
                  cell.text(),
                  indicator.range(),
                  indicator.code()));
          return null;
        }
        return Values.canonical(v);
      }
      default -> {
        if (!indicator.allowed().isEmpty()) {
          // A choice: the answer must be one of the codes the indicator lists.
          String answer = cell.text().strip();
          if (!indicator.allowed().contains(answer)) {
            problems.add(
                problem(
                    "row.value.allowed",
                    row.row(),
                    cell,
                    answer,
                    indicator.code(),
                    String.join(", ", indicator.allowed())));
            return null;
          }
          return answer;
        }
        return length(row.row(), cell, problems) ? cell.text() : null;
      }
    }
  }

  /** Whether the text fits the store; a longer one is a problem, not a failed transaction. */
  private static boolean length(int row, Cell cell, List<Problem> problems) {
    if (cell.text().length() <= Observation.MAX_TEXT) {
      return true;
    }
    problems.add(
        MESSAGES.problem(
            "row.text.too-long",
            cell.header(),
            row,
            cell.column() == 0 ? null : cell.column(),
            cell.text().substring(0, 40) + "…",
            cell.text().length(),
            Observation.MAX_TEXT));
    return false;
  }

  private static String blankToNull(Cell cell) {
    return cell.isBlank() ? null : cell.text();
  }

  private static Problem problem(String key, int row, Cell cell, Object... args) {
    return MESSAGES.problem(
        key,
        cell.header(),
        row,
        cell.column() == 0 ? null : cell.column(),
        cell.text().isEmpty() ? null : cell.text(),
        args);
  }
}
