package vn.edudx.collector.survey.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edudx.api.Messages;
import vn.edudx.api.Period;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.collector.support.CsvTable;
import vn.edudx.collector.support.DropFolder;
import vn.edudx.collector.support.Texts;

/**
 * Reads a survey export, one row per respondent, and turns it into one value per unit and year: the
 * percent of respondents satisfied, which is what the plan's SAT-LEARNER (an average of the
 * schools' percents) and SAT-PUBLIC (the office's percent) read. A unit whose rows are not all
 * valid gets no value, since a percent of some of its answers would mislead.
 */
final class SurveyReader implements DropFolder.Reader {

  private static final Messages MESSAGES = SurveyMessages.MESSAGES;
  static final List<String> UNIT = List.of("unit", "ma_don_vi", "don_vi", "ma_truong");
  static final List<String> PERIOD = List.of("period", "nam", "year");
  static final List<String> RESPONDENT = List.of("respondent", "doi_tuong");
  static final List<String> SATISFIED = List.of("satisfied", "hai_long");
  static final List<String> SCORE = List.of("score", "diem");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal SATISFIED_FROM = BigDecimal.valueOf(4);

  private final Function<Collection<String>, List<OrgUnit>> units;

  /**
   * @param units the register's units among the codes given (the unit store's {@code findAll})
   */
  SurveyReader(Function<Collection<String>, List<OrgUnit>> units) {
    this.units = units;
  }

  /** The answers of one unit in one year, and whether any of its rows was bad. */
  private static final class Tally {
    final int firstRow;
    final Cell unit;
    final Cell period;
    final Respondent firstKind;
    int total;
    int satisfied;
    boolean bad;

    Tally(int firstRow, Cell unit, Cell period, Respondent firstKind) {
      this.firstRow = firstRow;
      this.unit = unit;
      this.period = period;
      this.firstKind = firstKind;
    }
  }

  @Override
  public DropFolder.Reading read(BatchHeader header, byte[] content, boolean acceptValidRows) {
    CsvTable table = CsvTable.read(content, header.origin(), MESSAGES);
    if (table.problem().isPresent()) {
      return rejected(header, List.of(table.problem().get()));
    }
    int unitColumn = table.column(UNIT);
    int periodColumn = table.column(PERIOD);
    int respondentColumn = table.column(RESPONDENT);
    int satisfiedColumn = table.column(SATISFIED);
    int scoreColumn = satisfiedColumn < 0 ? table.column(SCORE) : -1;
    List<Problem> problems = new ArrayList<>();
    if (unitColumn < 0) {
      problems.add(table.missing(MESSAGES, "unit", UNIT));
    }
    if (periodColumn < 0) {
      problems.add(table.missing(MESSAGES, "period", PERIOD));
    }
    if (respondentColumn < 0) {
      problems.add(table.missing(MESSAGES, "respondent", RESPONDENT));
    }
    if (satisfiedColumn < 0 && scoreColumn < 0) {
      List<String> either = new ArrayList<>(SATISFIED);
      either.addAll(SCORE);
      problems.add(table.missing(MESSAGES, "satisfied", either));
    }
    if (!problems.isEmpty()) {
      return rejected(header, problems);
    }
    Map<String, OrgUnit> known =
        units
            .apply(
                table.rows().stream()
                    .map(r -> table.cell(r, unitColumn, "unit").text())
                    .filter(t -> !t.isEmpty())
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a));
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      int line = row.line();
      int before = problems.size();
      Cell unit = table.cell(row, unitColumn, "unit");
      Cell period = table.cell(row, periodColumn, "period");
      Cell who = table.cell(row, respondentColumn, "respondent");
      if (unit.isBlank()) {
        problems.add(CsvTable.at(MESSAGES, "row.unit.required", line, unit));
      }
      Period p = Period.parseOrNull(period.text());
      if (period.isBlank()) {
        problems.add(CsvTable.at(MESSAGES, "row.period.required", line, period));
      } else if (p == null || p.kind() != Period.Kind.CALENDAR_YEAR) {
        problems.add(CsvTable.at(MESSAGES, "row.period.invalid", line, period, period.text()));
      }
      Optional<Respondent> kind = Respondent.of(who.text());
      OrgUnit registered = known.get(unit.text());
      if (who.isBlank()) {
        problems.add(CsvTable.at(MESSAGES, "row.respondent.required", line, who));
      } else if (kind.isEmpty()) {
        problems.add(CsvTable.at(MESSAGES, "row.respondent.unknown", line, who, who.text()));
      } else if (registered != null && !kind.get().fits(registered)) {
        String code =
            kind.get().ratesSchool() ? "row.respondent.not-school" : "row.respondent.not-office";
        problems.add(CsvTable.at(MESSAGES, code, line, who, who.text(), registered.code()));
      }
      Boolean satisfied =
          satisfiedColumn >= 0
              ? yesNo(table.cell(row, satisfiedColumn, "satisfied"), line, problems)
              : score(table.cell(row, scoreColumn, "score"), line, problems);
      if (unit.isBlank() || p == null) {
        continue; // belongs to no unit and year: reported, counted nowhere
      }
      Tally tally =
          tallies.computeIfAbsent(
              unit.text() + '|' + p.code(), k -> new Tally(line, unit, period, kind.orElse(null)));
      if (problems.size() > before) {
        tally.bad = true;
        continue;
      }
      tally.total++;
      if (satisfied) {
        tally.satisfied++;
      }
    }
    List<IncomingRow> rows = new ArrayList<>();
    for (Tally t : tallies.values()) {
      if (!t.bad) {
        rows.add(row(t, known.get(t.unit.text())));
      }
    }
    if (problems.isEmpty()) {
      return new DropFolder.Reading(
          new IncomingBatch(header, rows, List.of(), acceptValidRows), List.of());
    }
    if (!acceptValidRows || rows.isEmpty()) {
      return new DropFolder.Reading(
          new IncomingBatch(header, rows, problems, acceptValidRows), List.of());
    }
    return new DropFolder.Reading(new IncomingBatch(header, rows, List.of(), true), problems);
  }

  private static DropFolder.Reading rejected(BatchHeader header, List<Problem> problems) {
    return new DropFolder.Reading(new IncomingBatch(header, List.of(), problems, false), List.of());
  }

  /** One unit's value, provenance pointing at its first row. */
  private static IncomingRow row(Tally t, OrgUnit registered) {
    String indicator =
        registered != null
            ? (registered.isSchool() ? Respondent.SCHOOL_INDICATOR : Respondent.OFFICE_INDICATOR)
            : t.firstKind.indicator();
    return new IncomingRow(
        t.firstRow,
        t.unit,
        t.period,
        new Cell(indicator, 0, "indicator"),
        new Cell(percent(t.satisfied, t.total).toPlainString(), 0, "satisfied"),
        new Cell("", 0, "evidence"),
        new Cell(t.satisfied + "/" + t.total, 0, "note"));
  }

  /** {@code part} of {@code whole} in percent, two decimals, half up (7 of 9 is 77.78). */
  static BigDecimal percent(int part, int whole) {
    return BigDecimal.valueOf(part)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  private static Boolean yesNo(Cell cell, int line, List<Problem> problems) {
    if (cell.isBlank()) {
      problems.add(CsvTable.at(MESSAGES, "row.answer.required", line, cell));
      return null;
    }
    Optional<Boolean> answer = Texts.yesNo(cell.text());
    if (answer.isEmpty()) {
      problems.add(CsvTable.at(MESSAGES, "row.answer.invalid", line, cell, cell.text()));
      return null;
    }
    return answer.get();
  }

  private static Boolean score(Cell cell, int line, List<Problem> problems) {
    if (cell.isBlank()) {
      problems.add(CsvTable.at(MESSAGES, "row.answer.required", line, cell));
      return null;
    }
    Optional<BigDecimal> n = Texts.number(cell.text());
    if (n.isEmpty()
        || n.get().compareTo(BigDecimal.ONE) < 0
        || n.get().compareTo(BigDecimal.valueOf(5)) > 0) {
      problems.add(CsvTable.at(MESSAGES, "row.score.invalid", line, cell, cell.text()));
      return null;
    }
    return n.get().compareTo(SATISFIED_FROM) >= 0;
  }

  /** The codes of the indicators this collector provides. */
  static Set<String> indicators() {
    return Set.of(Respondent.SCHOOL_INDICATOR, Respondent.OFFICE_INDICATOR);
  }
}
