package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.indicator.DryRun;

/**
 * {@code edudx:set-dry-run}: what activating a version for a period would change; stores nothing.
 */
@Service
@Command(
    scope = "edudx",
    name = "set-dry-run",
    description = "Show which units would change points, level and rank; nothing is stored")
public class SetDryRunCommand extends SetVersionCommand {

  @Argument(index = 2, name = "period", required = true, description = "Period, e.g. 2024-2025")
  String period;

  @Option(name = "--all", description = "List unchanged units too")
  boolean all;

  @Override
  void run() {
    DryRun d = admin.dryRun(set, version, period);
    Text.line(
        System.out,
        "dry-run.summary",
        d.setId(),
        d.version(),
        d.period(),
        d.baseVersion() == null ? "-" : d.baseVersion(),
        d.unitsScored(),
        d.unitsChanged());
    Text.line(System.out, "dry-run.header");
    for (DryRun.UnitChange u : d.units()) {
      if (!u.changed() && !all) {
        continue;
      }
      System.out.printf(
          "%-12s %-40.40s %8s → %-8s %4s → %-4s%n",
          u.unitCode(),
          u.unitName(),
          u.totalBefore() == null ? "-" : u.totalBefore().toPlainString(),
          u.totalAfter().toPlainString(),
          u.rankBefore() == null ? "-" : u.rankBefore(),
          u.rankAfter() == null ? "-" : u.rankAfter());
    }
  }
}
