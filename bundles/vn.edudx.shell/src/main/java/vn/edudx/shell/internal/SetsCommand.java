package vn.edudx.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.SetVersion;

/** {@code edudx:sets}: every stored indicator-set version, its status and the periods it scores. */
@Service
@Command(
    scope = "edudx",
    name = "sets",
    description = "Indicator-set versions, their status and the periods they score")
public class SetsCommand implements Action {

  @Reference IndicatorSetAdmin admin;

  @Override
  public Object execute() {
    List<Activation> activations = admin.activations();
    Text.line(System.out, "sets.header");
    for (SetVersion v : admin.versions()) {
      String periods =
          String.join(
              ", ",
              activations.stream()
                  .filter(a -> a.setId().equals(v.id()) && a.version() == v.version())
                  .map(Activation::period)
                  .sorted()
                  .toList());
      System.out.printf(
          "%-24s %3d  %-8s %-24s %s%n    %s%n",
          v.id(),
          v.version(),
          v.status(),
          periods.isEmpty() ? "-" : periods,
          v.origin(),
          v.title().vi());
    }
    return null;
  }
}
