package vn.edudx.plan.report;

import static vn.edudx.plan.report.PlanReport.t;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.plan.Breakdown;
import vn.edudx.api.plan.MetricValue;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanInput;
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.plan.TaskEvaluation;
import vn.edudx.api.plan.TaskReport;
import vn.edudx.xlsx.Cells;
import vn.edudx.xlsx.SheetBuilder;
import vn.edudx.xlsx.XlsxWriter;

/**
 * Writes the report's data appendix: targets, tasks, per ward or commune, per level, inputs.
 * Figures are numeric cells (the spreadsheet shows them in the reader's own format); a value that
 * is missing is an empty cell with the reason beside it, never 0. Every text goes through {@link
 * Cells#safeText(String)}, as publish does, so that a unit named "=HYPERLINK(…)" stays text even
 * when copied into a CSV file.
 */
final class XlsxReport {

  private XlsxReport() {}

  static byte[] write(PlanDefinition plan, PlanEvaluation e) {
    XlsxWriter writer = new XlsxWriter();
    targets(writer.sheet(t("plan.report.sheet.targets")), e);
    tasks(writer.sheet(t("plan.report.sheet.tasks")), plan, e);
    breakdown(writer.sheet(t("plan.report.sheet.by-area")), e, TargetEvaluation::byArea, "area");
    breakdown(writer.sheet(t("plan.report.sheet.by-level")), e, TargetEvaluation::byLevel, "level");
    inputs(writer.sheet(t("plan.report.sheet.inputs")), e);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  private static void targets(SheetBuilder sheet, PlanEvaluation e) {
    sheet
        .header(
            titles(
                "code",
                "target-name",
                "value",
                "target",
                "year",
                "status",
                "rule",
                "kind",
                "numerator",
                "denominator",
                "units",
                "coverage",
                "missing"))
        .columnWidths(10, 40, 10, 10, 8, 22, 60, 28, 10, 10, 10, 12, 30)
        .freezeHeader();
    for (TargetEvaluation te : e.targets()) {
      MetricValue v = te.town();
      sheet.row(
          cells(
              te.code(),
              te.name().vi(),
              v == null ? null : v.value(),
              te.status().target() != null || te.trajectory() == null
                  ? te.status().target()
                  : te.trajectory().toValue(),
              te.trajectory() == null ? null : te.trajectory().toYear(),
              HtmlReport.status(te.status().status()),
              te.status().rule() == null ? "" : te.status().rule().vi(),
              t("plan.report.kind." + te.kind().name()),
              v == null ? null : v.numerator(),
              v == null ? null : v.denominator(),
              v == null ? null : v.units(),
              te.coverage() == null ? "" : te.coverage().reported() + "/" + te.coverage().covered(),
              te.coverage() == null ? "" : String.join(", ", te.coverage().missing())));
    }
  }

  /** One row per task and covered unit, a unit that did not report included, with its source. */
  private static void tasks(SheetBuilder sheet, PlanDefinition plan, PlanEvaluation e) {
    sheet
        .header(
            titles(
                "code",
                "section",
                "task",
                "task-status",
                "due",
                "overdue",
                "rule",
                "unit",
                "unit-name",
                "unit-status",
                "evidence",
                "note",
                "source",
                "related"))
        .columnWidths(10, 8, 40, 18, 8, 8, 60, 12, 30, 18, 50, 40, 40, 20)
        .freezeHeader();
    for (TaskEvaluation te : e.tasks()) {
      String related =
          String.join(
              ", ", plan.task(te.code()).map(PlanTask::relatedTargets).orElse(List.<String>of()));
      List<TaskReport> rows = te.reports().isEmpty() ? List.of(NOBODY) : te.reports();
      for (TaskReport r : rows) {
        Provenance source =
            te.inputs().stream()
                .filter(in -> in.unit().equals(r.unit()))
                .map(PlanInput::provenance)
                .findFirst()
                .orElse(null);
        sheet.row(
            cells(
                te.code(),
                te.section(),
                te.name().vi(),
                TaskHtml.label(te.status()),
                te.dueYear(),
                te.overdue() ? t("plan.report.task.yes") : "",
                te.rule() == null ? "" : te.rule().vi(),
                r.unit(),
                r.unitName(),
                r == NOBODY ? "" : TaskHtml.label(r.status()),
                String.join("\n", r.evidence()),
                r.note() == null ? "" : r.note(),
                source(source),
                related));
      }
    }
  }

  /** The row of a task no unit is covered by: the task's columns only. */
  private static final TaskReport NOBODY = new TaskReport("", "", null, List.of(), null);

  private static void breakdown(
      SheetBuilder sheet,
      PlanEvaluation e,
      Function<TargetEvaluation, List<Breakdown>> of,
      String what) {
    sheet
        .header(
            titles(
                "code",
                "target-name",
                "area".equals(what) ? "area-code" : "level-code",
                "area".equals(what) ? "area" : "level",
                "value",
                "numerator",
                "denominator",
                "units",
                "note"))
        .columnWidths(10, 40, 12, 24, 10, 10, 10, 10, 60)
        .freezeHeader();
    for (TargetEvaluation te : e.targets()) {
      for (Breakdown b : of.apply(te)) {
        MetricValue v = b.value();
        sheet.row(
            cells(
                te.code(),
                te.name().vi(),
                b.key(),
                b.label() == null ? b.key() : b.label().vi(),
                v == null ? null : v.value(),
                v == null ? null : v.numerator(),
                v == null ? null : v.denominator(),
                v == null ? null : v.units(),
                v == null || v.noDataReason() == null ? "" : v.noDataReason().vi()));
      }
    }
  }

  private static void inputs(SheetBuilder sheet, PlanEvaluation e) {
    sheet
        .header(titles("code", "unit", "indicator", "year", "input-value", "source"))
        .columnWidths(10, 14, 36, 8, 12, 50)
        .freezeHeader();
    for (TargetEvaluation te : e.targets()) {
      for (PlanInput in : te.inputs()) {
        sheet.row(
            cells(
                te.code(),
                in.unit(),
                in.indicator(),
                in.year(),
                number(in.value()),
                source(in.provenance())));
      }
    }
  }

  /** A value read as a number where it is one ("6418", "85.5"), as text otherwise ("true"). */
  private static Object number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  /** "csv · schools-2025.csv, dòng 12": where the value came from. */
  private static String source(Provenance p) {
    if (p == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(p.source() == null ? "" : p.source());
    if (p.origin() != null) {
      b.append(" · ").append(p.origin());
    }
    if (p.row() != null) {
      b.append(", ").append(t("plan.report.source.row", String.valueOf(p.row())));
    }
    return b.toString();
  }

  private static List<String> titles(String... keys) {
    return Arrays.stream(keys).map(k -> t("plan.report.col." + k)).toList();
  }

  /** Texts made safe, numbers and empty cells as they are. */
  private static List<Object> cells(Object... values) {
    List<Object> row = new ArrayList<>(values.length);
    for (Object v : values) {
      row.add(v instanceof String text ? Cells.safeText(text) : v);
    }
    return row;
  }
}
