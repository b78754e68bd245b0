package vn.edudx.collector.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.observation.ImportBatch;

/**
 * The report written beside a processed file, for the clerk who dropped it: what happened, and for
 * each problem where it is, what is wrong and how to fix it, in Vietnamese then English. Every drop
 * folder (file, survey, public services) writes this one layout, so that a clerk reads every report
 * the same way.
 */
public final class Report {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

  private final Messages messages;

  /**
   * @param messages the collector's messages, holding the report's keys ({@code report.*})
   */
  public Report(Messages messages) {
    this.messages = messages;
  }

  /**
   * The report of an ingested file; {@code leftOut} are the problems of rows the collector left out
   * when valid rows are accepted, which the pipeline never saw.
   */
  public String text(IngestResult result, List<Problem> leftOut) {
    ImportBatch b = result.batch();
    List<Problem> problems = new ArrayList<>(leftOut);
    problems.addAll(b.problems());
    StringBuilder t =
        head(b.header().origin(), b.header().receivedAt(), b.status().name())
            .append(" (")
            .append(both("report.batch"))
            .append(' ')
            .append(b.id())
            .append(")\n");
    t.append(both("report.rows"))
        .append(": ")
        .append(b.rows())
        .append(", ")
        .append(both("report.stored"))
        .append(": ")
        .append(b.stored())
        .append('\n');
    t.append("SHA-256: ").append(b.header().checksum()).append("\n\n");
    t.append(result.summary().vi()).append('\n').append(result.summary().en()).append('\n');
    if (!problems.isEmpty()) {
      t.append('\n').append(both("report.problems"));
      t.append(" (").append(problems.size()).append("):\n");
      int n = 1;
      for (Problem p : problems) {
        t.append('\n').append(n++).append(". ").append(where(p, LocalizedText::vi)).append('\n');
        t.append("   ").append(p.message().vi()).append('\n');
        t.append("   → ").append(p.hint().vi()).append('\n');
        t.append("   ").append(where(p, LocalizedText::en)).append('\n');
        t.append("   ").append(p.message().en()).append('\n');
        t.append("   → ").append(p.hint().en()).append('\n');
      }
    }
    return t.toString();
  }

  /** The report of a file EduDX failed to process, repeatedly: nothing of it was stored. */
  public String failed(String name, Instant received, int attempts, Exception cause) {
    LocalizedText why = messages.text("failed", name, attempts, String.valueOf(cause.getMessage()));
    LocalizedText fix = messages.text("failed.hint", name, attempts);
    return head(name, received, "FAILED")
        .append("\n\n")
        .append(why.vi())
        .append("\n   → ")
        .append(fix.vi())
        .append('\n')
        .append(why.en())
        .append("\n   → ")
        .append(fix.en())
        .append('\n')
        .toString();
  }

  /** The first lines of every report: title, file, time received, and the outcome. */
  private StringBuilder head(String file, Instant received, String outcome) {
    return new StringBuilder()
        .append(both("report.title"))
        .append('\n')
        .append(both("report.file"))
        .append(": ")
        .append(file)
        .append('\n')
        .append(both("report.received"))
        .append(": ")
        .append(TIME.format(received))
        .append('\n')
        .append(both("report.outcome"))
        .append(": ")
        .append(both("outcome." + outcome));
  }

  /** A label in both languages, Vietnamese first. */
  private String both(String key) {
    LocalizedText text = messages.text(key);
    return text.vi() + " / " + text.en();
  }

  /** Where a problem is, in one language: "Dòng 4, cột 3 (Giá trị), giá trị "130"". */
  private String where(Problem p, Function<LocalizedText, String> language) {
    List<String> parts = new ArrayList<>();
    if (p.row() != null) {
      parts.add(language.apply(messages.text("where.row", p.row())));
    }
    if (p.column() != null) {
      parts.add(language.apply(messages.text("where.column", p.column())));
    }
    String place = String.join(", ", parts);
    if (p.field() != null) {
      place = (place.isEmpty() ? "" : place + " ") + "(" + p.field() + ")";
    }
    if (p.value() != null) {
      place =
          (place.isEmpty() ? "" : place + ", ")
              + language.apply(messages.text("where.value", p.value()));
    }
    return place.isEmpty() ? language.apply(messages.text("where.file")) : place;
  }
}
