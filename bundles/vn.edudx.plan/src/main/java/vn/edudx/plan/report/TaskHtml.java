package vn.edudx.plan.report;

import static vn.edudx.plan.report.HtmlReport.esc;
import static vn.edudx.plan.report.PlanReport.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.plan.TaskEvaluation;
import vn.edudx.api.plan.TaskReport;
import vn.edudx.api.plan.TaskStatus;

/**
 * The report's part on the plan's tasks (section III of the plan): a table with the status in
 * words, the evidence as printed text and the related targets' status, a one-line count, and the
 * paragraphs the difficulties section gives to tasks overdue, not started or without data. Kept
 * apart from {@link HtmlReport} so that each stays short.
 */
final class TaskHtml {

  private TaskHtml() {}

  /** Subsection 2 of the results: every task, then the counts. */
  static void write(StringBuilder out, PlanDefinition plan, PlanEvaluation e) {
    out.append("<h3>").append(esc(t("plan.report.sub.tasks"))).append("</h3>\n");
    if (e.tasks().isEmpty()) {
      out.append("<p>").append(esc(t("plan.report.task.none"))).append("</p>\n");
      return;
    }
    out.append("<table class=\"data tasks\">\n<thead><tr>");
    for (String key :
        List.of(
            "plan.report.col.no",
            "plan.report.col.section",
            "plan.report.col.task",
            "plan.report.col.task-status",
            "plan.report.col.evidence",
            "plan.report.col.note",
            "plan.report.col.related")) {
      out.append("<th>").append(esc(t(key))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    int n = 0;
    for (TaskEvaluation te : e.tasks()) {
      n++;
      boolean several = te.reports().size() > 1;
      out.append("<tr><td class=\"c\">")
          .append(n)
          .append("</td><td class=\"c\">")
          .append(esc(te.section()))
          .append("</td><td>")
          .append(esc(te.name().vi()))
          .append("</td><td>")
          .append(div(label(te.status())));
      if (te.overdue()) {
        out.append("<div class=\"b\">")
            .append(esc(t("plan.report.task.overdue", String.valueOf(te.dueYear()))))
            .append("</div>");
      }
      if (several) {
        for (TaskReport r : te.reports()) {
          out.append(div(t("plan.report.task.unit", r.unitName(), label(r.status()))));
        }
      }
      if (te.status() == TaskStatus.NO_DATA && te.rule() != null) {
        out.append("<div class=\"rule\">").append(esc(te.rule().vi())).append("</div>");
      }
      out.append("</td><td class=\"evidence\">");
      for (TaskReport r : te.reports()) {
        if (several && !r.evidence().isEmpty()) {
          out.append(div(t("plan.report.task.unit", r.unitName(), "").strip()));
        }
        r.evidence().forEach(item -> out.append(div(item)));
      }
      out.append("</td><td>");
      for (TaskReport r : te.reports()) {
        if (r.note() != null) {
          out.append(div(several ? t("plan.report.task.unit", r.unitName(), r.note()) : r.note()));
        }
      }
      out.append("</td><td>");
      related(plan, e, te.code()).forEach(line -> out.append(div(line)));
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    Map<TaskStatus, Integer> s = e.taskSummary();
    out.append("<p>")
        .append(
            esc(
                t(
                    "plan.report.task.summary",
                    String.valueOf(e.tasks().size()),
                    count(s, TaskStatus.DONE),
                    count(s, TaskStatus.IN_PROGRESS),
                    count(s, TaskStatus.NOT_STARTED),
                    count(s, TaskStatus.NO_DATA),
                    String.valueOf(e.tasks().stream().filter(TaskEvaluation::overdue).count()))))
        .append("</p>\n");
  }

  /** The difficulties of the tasks: overdue, not started or without data, with the rule. */
  static List<String> difficulties(PlanEvaluation e) {
    List<String> out = new ArrayList<>();
    for (TaskEvaluation te : e.tasks()) {
      if (!te.overdue()
          && te.status() != TaskStatus.NOT_STARTED
          && te.status() != TaskStatus.NO_DATA) {
        continue;
      }
      StringBuilder text =
          new StringBuilder(
              t(
                  "plan.report.difficulty.task",
                  te.code(),
                  te.section(),
                  te.name().vi(),
                  label(te.status())));
      if (te.overdue()) {
        text.append(' ')
            .append(t("plan.report.difficulty.task.overdue", String.valueOf(te.dueYear())));
      }
      if (te.rule() != null) {
        text.append(' ').append(te.rule().vi());
      }
      out.add(text.toString());
    }
    return out;
  }

  /** "PS-L4: ✓ Đạt" for every related target; the code alone when it was not evaluated. */
  private static List<String> related(PlanDefinition plan, PlanEvaluation e, String task) {
    List<String> lines = new ArrayList<>();
    List<String> codes = plan.task(task).map(PlanTask::relatedTargets).orElse(List.of());
    for (String code : codes) {
      Optional<TargetEvaluation> te =
          e.targets().stream().filter(x -> x.code().equals(code)).findFirst();
      lines.add(
          te.map(x -> t("plan.report.task.related", code, HtmlReport.status(x.status().status())))
              .orElse(code));
    }
    return lines;
  }

  static String label(TaskStatus s) {
    return s.label().vi();
  }

  private static String div(String text) {
    return "<div>" + esc(text) + "</div>";
  }

  private static String count(Map<TaskStatus, Integer> summary, TaskStatus s) {
    return String.valueOf(summary.getOrDefault(s, 0));
  }
}
