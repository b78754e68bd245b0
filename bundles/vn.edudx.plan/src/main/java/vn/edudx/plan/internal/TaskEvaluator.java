package vn.edudx.plan.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Period;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanInput;
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.TaskEvaluation;
import vn.edudx.api.plan.TaskReport;
import vn.edudx.api.plan.TaskStatus;
import vn.edudx.api.unit.OrgUnit;

/**
 * Decides a task's status in a year from what the units it covers answered: done only when every
 * covered unit reports it done, not started when every unit that reported says so, in progress
 * otherwise; no data when nobody reported, never "not started".
 */
final class TaskEvaluator {

  /** What separates two pieces of evidence: semicolons and line breaks. */
  private static final Pattern EVIDENCE = Pattern.compile("[;\\r\\n]+");

  private final PlanDefinition plan;
  private final List<OrgUnit> register;
  private final YearData data;

  TaskEvaluator(PlanDefinition plan, List<OrgUnit> register, YearData data) {
    this.plan = plan;
    this.register = register;
    this.data = data;
  }

  TaskEvaluation evaluate(PlanTask task, int year) {
    Period period = Period.parse(String.valueOf(year));
    List<OrgUnit> covered =
        register.stream().filter(u -> task.covers(u) && u.activeIn(period)).toList();
    List<TaskReport> reports = new ArrayList<>();
    List<PlanInput> inputs = new ArrayList<>();
    Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
    List<String> missing = new ArrayList<>();
    for (OrgUnit u : covered) {
      Optional<Observation> o = data.get(year, u.code(), task.indicator());
      Optional<TaskStatus> answer = o.flatMap(TaskEvaluator::answer);
      if (answer.isEmpty()) {
        missing.add(u.code());
        reports.add(new TaskReport(u.code(), u.name(), TaskStatus.NO_DATA, List.of(), null));
        continue;
      }
      Observation obs = o.get();
      counts.merge(answer.get(), 1, Integer::sum);
      reports.add(
          new TaskReport(
              u.code(), u.name(), answer.get(), evidence(obs.evidence()), blankToNull(obs.note())));
      inputs.add(
          new PlanInput(
              obs.unitCode(), obs.indicatorCode(), year, obs.value(), obs.id(), obs.provenance()));
    }
    int reported = covered.size() - missing.size();
    TaskStatus status;
    LocalizedText rule;
    String y = String.valueOf(year);
    if (covered.isEmpty()) {
      status = TaskStatus.NO_DATA;
      rule = Texts.MESSAGES.text("plan.task.rule.no-covered-unit", y);
    } else if (reported == 0) {
      status = TaskStatus.NO_DATA;
      rule =
          Texts.MESSAGES.text(
              "plan.task.rule.no-report", task.indicator(), y, covered.size(), join(missing));
    } else {
      int done = counts.getOrDefault(TaskStatus.DONE, 0);
      int notStarted = counts.getOrDefault(TaskStatus.NOT_STARTED, 0);
      int inProgress = counts.getOrDefault(TaskStatus.IN_PROGRESS, 0);
      if (done == covered.size()) {
        status = TaskStatus.DONE;
        rule = Texts.MESSAGES.text("plan.task.rule.done", covered.size(), y);
      } else if (notStarted == reported) {
        status = TaskStatus.NOT_STARTED;
        rule = Texts.MESSAGES.text("plan.task.rule.not-started", reported, y);
      } else {
        status = TaskStatus.IN_PROGRESS;
        rule =
            Texts.MESSAGES.text(
                "plan.task.rule.in-progress", y, reported, done, inProgress, notStarted);
      }
      if (!missing.isEmpty()) {
        rule =
            concat(
                rule,
                Texts.MESSAGES.text(
                    "plan.task.rule.missing", missing.size(), covered.size(), join(missing)));
      }
    }
    int due = plan.dueYearOf(task);
    return new TaskEvaluation(
        task.code(),
        task.section(),
        task.name(),
        status,
        rule,
        due,
        year >= due && status != TaskStatus.DONE,
        reports,
        inputs);
  }

  /** A unit's answer; anything but the three answers (checked on entry) counts as not reported. */
  private static Optional<TaskStatus> answer(Observation o) {
    String v = o.value() == null ? "" : o.value().strip();
    return Arrays.stream(TaskStatus.values())
        .filter(s -> s != TaskStatus.NO_DATA && s.name().equals(v))
        .findFirst();
  }

  /** The evidence split on spaces, semicolons and line breaks, blanks dropped, order kept. */
  static List<String> evidence(String evidence) {
    if (evidence == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String part : EVIDENCE.split(evidence)) {
      // A link is one item; the words around it ("Số 70/BC-PGDĐT ngày 5/3/2025") are another.
      StringBuilder words = new StringBuilder();
      for (String word : part.strip().split("\\s+")) {
        if (word.startsWith("http://") || word.startsWith("https://")) {
          flush(words, items);
          items.add(word);
        } else if (!word.isEmpty()) {
          words.append(words.length() == 0 ? "" : " ").append(word);
        }
      }
      flush(words, items);
    }
    return List.copyOf(items);
  }

  private static void flush(StringBuilder words, List<String> items) {
    if (words.length() > 0) {
      items.add(words.toString());
      words.setLength(0);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String join(List<String> codes) {
    return String.join(", ", codes);
  }

  private static LocalizedText concat(LocalizedText a, LocalizedText b) {
    return new LocalizedText(a.vi() + " " + b.vi(), a.en() + " " + b.en());
  }
}
