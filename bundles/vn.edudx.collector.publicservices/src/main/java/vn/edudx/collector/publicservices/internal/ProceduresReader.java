package vn.edudx.collector.publicservices.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
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
 * Reads the office's list of administrative procedures for a year, one row per procedure, and turns
 * it into the numerators and denominators of the plan's ratios: PS-L4 (eligible procedures offered
 * at level 3 or 4 ÷ eligible procedures) and PS-ONLINE (online applications ÷ all applications). An
 * office and year with a bad row gets no value, since counts of some of its procedures would
 * mislead.
 */
final class ProceduresReader implements DropFolder.Reader {

  static final String ELIGIBLE = "plan.procedures-eligible";
  static final String FULL_ONLINE = "plan.procedures-full-online";
  static final String APPLICATIONS = "plan.applications";
  static final String APPLICATIONS_ONLINE = "plan.applications-online";

  private static final Messages MESSAGES = PublicServicesMessages.MESSAGES;
  static final List<String> UNIT = List.of("unit", "ma_don_vi", "don_vi");
  static final List<String> PERIOD = List.of("period", "nam", "year");
  static final List<String> PROCEDURE = List.of("procedure", "ma_thu_tuc", "thu_tuc");
  static final List<String> LEVEL = List.of("level", "muc_do");
  static final List<String> ELIGIBLE_COLUMN = List.of("eligible", "du_dieu_kien");
  static final List<String> TOTAL = List.of("applications_total", "tong_so_ho_so", "so_ho_so");
  static final List<String> ONLINE =
      List.of("applications_online", "so_ho_so_truc_tuyen", "ho_so_truc_tuyen");

  /**
   * Levels that count as online: 3 and 4 of the former scale, and the two kinds of Decree 42/2022,
   * "một phần" (partly online) and "toàn trình" (fully online).
   */
  private static final Pattern ONLINE_LEVEL =
      Pattern.compile(
          "(muc_do_|muc_|level_)?[34]|(dvc_|dich_vu_cong_)?(truc_tuyen_)?(toan_trinh|mot_phan)");

  /** Levels that do not: 1 and 2, information only, none, or nothing written. */
  private static final Pattern OFFLINE_LEVEL =
      Pattern.compile("(muc_do_|muc_|level_)?[12]|cung_cap_thong_tin|thong_tin|khong|none|no|");

  private final Function<Collection<String>, List<OrgUnit>> units;

  /**
   * @param units the register's units among the codes given (the unit store's {@code findAll})
   */
  ProceduresReader(Function<Collection<String>, List<OrgUnit>> units) {
    this.units = units;
  }

  /** The procedures of one office in one year, and whether any of its rows was bad. */
  private static final class Tally {
    final int firstRow;
    final Cell unit;
    final Cell period;
    final Map<String, Integer> procedures = new HashMap<>();
    long eligible;
    long fullOnline;
    long applications;
    long applicationsOnline;
    boolean bad;

    Tally(int firstRow, Cell unit, Cell period) {
      this.firstRow = firstRow;
      this.unit = unit;
      this.period = period;
    }
  }

  @Override
  public DropFolder.Reading read(BatchHeader header, byte[] content, boolean acceptValidRows) {
    CsvTable table = CsvTable.read(content, header.origin(), MESSAGES);
    if (table.problem().isPresent()) {
      return rejected(header, List.of(table.problem().get()));
    }
    Map<String, List<String>> required = new LinkedHashMap<>();
    required.put("unit", UNIT);
    required.put("period", PERIOD);
    required.put("procedure", PROCEDURE);
    required.put("level", LEVEL);
    required.put("eligible", ELIGIBLE_COLUMN);
    required.put("applications_total", TOTAL);
    required.put("applications_online", ONLINE);
    Map<String, Integer> at = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    required.forEach(
        (name, names) -> {
          int column = table.column(names);
          if (column < 0) {
            problems.add(table.missing(MESSAGES, name, names));
          }
          at.put(name, column);
        });
    if (!problems.isEmpty()) {
      return rejected(header, problems);
    }
    Map<String, OrgUnit> known =
        units
            .apply(
                table.rows().stream()
                    .map(r -> table.cell(r, at.get("unit"), "unit").text())
                    .filter(t -> !t.isEmpty())
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a));
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      int line = row.line();
      int before = problems.size();
      Cell unit = table.cell(row, at.get("unit"), "unit");
      Cell period = table.cell(row, at.get("period"), "period");
      Cell procedure = table.cell(row, at.get("procedure"), "procedure");
      Cell level = table.cell(row, at.get("level"), "level");
      Cell eligibleCell = table.cell(row, at.get("eligible"), "eligible");
      Cell totalCell = table.cell(row, at.get("applications_total"), "applications_total");
      Cell onlineCell = table.cell(row, at.get("applications_online"), "applications_online");
      OrgUnit registered = known.get(unit.text());
      if (unit.isBlank()) {
        problems.add(CsvTable.at(MESSAGES, "row.unit.required", line, unit));
      } else if (registered != null && registered.isSchool()) {
        problems.add(CsvTable.at(MESSAGES, "row.unit.school", line, unit, unit.text()));
      }
      Period p = Period.parseOrNull(period.text());
      if (period.isBlank()) {
        problems.add(CsvTable.at(MESSAGES, "row.period.required", line, period));
      } else if (p == null || p.kind() != Period.Kind.CALENDAR_YEAR) {
        problems.add(CsvTable.at(MESSAGES, "row.period.invalid", line, period, period.text()));
      }
      if (procedure.isBlank()) {
        problems.add(CsvTable.at(MESSAGES, "row.procedure.required", line, procedure));
      }
      String levelKey = Texts.key(level.text());
      boolean offeredOnline = ONLINE_LEVEL.matcher(levelKey).matches();
      if (!offeredOnline && !OFFLINE_LEVEL.matcher(levelKey).matches()) {
        problems.add(CsvTable.at(MESSAGES, "row.level.invalid", line, level, level.text()));
      }
      Optional<Boolean> eligible = Texts.yesNo(eligibleCell.text());
      if (eligible.isEmpty()) {
        problems.add(
            CsvTable.at(MESSAGES, "row.eligible.invalid", line, eligibleCell, eligibleCell.text()));
      }
      Optional<Long> total = count(totalCell, line, problems);
      Optional<Long> online = count(onlineCell, line, problems);
      if (total.isPresent() && online.isPresent() && online.get() > total.get()) {
        problems.add(
            CsvTable.at(
                MESSAGES, "row.online.exceeds", line, onlineCell, online.get(), total.get()));
      }
      if (unit.isBlank() || p == null) {
        continue; // belongs to no office and year: reported, counted nowhere
      }
      Tally tally =
          tallies.computeIfAbsent(unit.text() + '|' + p.code(), k -> new Tally(line, unit, period));
      if (!procedure.isBlank()) {
        Integer earlier = tally.procedures.putIfAbsent(procedure.text(), line);
        if (earlier != null) {
          problems.add(
              CsvTable.at(
                  MESSAGES, "row.procedure.duplicate", line, procedure, procedure.text(), earlier));
        }
      }
      if (problems.size() > before) {
        tally.bad = true;
        continue;
      }
      if (eligible.get()) {
        tally.eligible++;
        if (offeredOnline) {
          tally.fullOnline++;
        }
      }
      tally.applications += total.get();
      tally.applicationsOnline += online.get();
    }
    List<IncomingRow> rows = new ArrayList<>();
    for (Tally t : tallies.values()) {
      if (!t.bad) {
        rows.add(row(t, ELIGIBLE, t.eligible, "eligible"));
        rows.add(row(t, FULL_ONLINE, t.fullOnline, "level"));
        rows.add(row(t, APPLICATIONS, t.applications, "applications_total"));
        rows.add(row(t, APPLICATIONS_ONLINE, t.applicationsOnline, "applications_online"));
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

  /** One count of an office, provenance pointing at its first row. */
  private static IncomingRow row(Tally t, String indicator, long value, String from) {
    return new IncomingRow(
        t.firstRow,
        t.unit,
        t.period,
        new Cell(indicator, 0, "indicator"),
        new Cell(Long.toString(value), 0, from),
        new Cell("", 0, "evidence"),
        new Cell("", 0, "note"));
  }

  /** A count of applications: empty is none, otherwise a whole number of zero or more. */
  private static Optional<Long> count(Cell cell, int line, List<Problem> problems) {
    if (cell.isBlank()) {
      return Optional.of(0L);
    }
    Optional<Long> n = Texts.count(cell.text());
    if (n.isEmpty()) {
      problems.add(CsvTable.at(MESSAGES, "row.count.invalid", line, cell, cell.text()));
    }
    return n;
  }
}
