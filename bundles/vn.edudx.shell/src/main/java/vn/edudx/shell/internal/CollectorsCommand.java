package vn.edudx.shell.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.collect.CollectorStatus;
import vn.edudx.api.collect.CollectorStatuses;
import vn.edudx.api.collect.ImportProgress;
import vn.edudx.api.collect.IngestService;

/**
 * {@code edudx:collectors}: each collector instance, whether its routes run, how many deliveries it
 * had accepted and rejected, and its last error, so an operator sees a stuck source at once.
 */
@Service
@Command(
    scope = "edudx",
    name = "collectors",
    description = "Collectors: state, last delivery, accepted and rejected counts, last error")
public class CollectorsCommand implements Action {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault());

  @Reference CollectorStatuses collectors;

  /** The pipeline, for the deliveries it works on now; absent until a set is compiled. */
  @Reference(optional = true)
  IngestService ingest;

  @Override
  public Object execute() {
    print(System.out, collectors.statuses());
    printRunning(System.out, ingest == null ? List.of() : ingest.running());
    return null;
  }

  /**
   * The deliveries being imported now, with their phase and counts; nothing when there are none.
   */
  static void printRunning(PrintStream out, List<ImportProgress> running) {
    if (running.isEmpty()) {
      return;
    }
    Text.line(out, "collectors.running", running.size());
    for (ImportProgress p : running) {
      out.printf(
          "%-12s %-12s %-10s %9d %9d  %s  %s%n",
          p.source(),
          p.instance(),
          p.phase(),
          p.rows(),
          p.values(),
          time(p.startedAt()),
          p.origin());
    }
  }

  /** One line per instance; its last error, when there is one, below it in both languages. */
  static void print(PrintStream out, List<CollectorStatus> statuses) {
    if (statuses.isEmpty()) {
      Text.line(out, "collectors.none");
      return;
    }
    Text.line(out, "collectors.header");
    for (CollectorStatus s : statuses) {
      out.printf(
          "%-12s %-12s %-8s %-16s %9d %9d  %s%n",
          s.id(),
          s.instance(),
          s.state(),
          time(s.lastRun()),
          s.accepted(),
          s.rejected(),
          s.lastError() == null ? "-" : time(s.lastErrorAt()));
      if (s.lastError() != null) {
        out.println("    " + s.lastError().vi());
        out.println("    " + s.lastError().en());
      }
    }
  }

  static String time(Instant at) {
    return at == null ? "-" : TIME.format(at);
  }
}
