package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.IndicatorSetAdmin;

/** {@code edudx:set-activate}: a version scores a period from now on; the period is rescored. */
@Service
@Command(
    scope = "edudx",
    name = "set-activate",
    description = "Make a version score a period, and rescore the period with it")
public class SetActivateCommand implements Action {

  @Reference IndicatorSetAdmin admin;

  @Argument(index = 0, name = "set", required = true, description = "Set id")
  String set;

  @Argument(index = 1, name = "version", required = true, description = "Version number")
  int version;

  @Argument(index = 2, name = "period", required = true, description = "Period, e.g. 2024-2025")
  String period;

  @Override
  public Object execute() {
    try {
      Activation a = admin.activate(set, version, period, "shell:" + SetUploadCommand.user());
      Text.line(System.out, "activated", a.setId(), a.version(), a.period());
    } catch (EduDxException e) {
      Text.problems(System.out, e);
    }
    return null;
  }
}
