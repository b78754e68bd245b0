package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.SetVersion;

/** {@code edudx:set-retire}: a version is no longer offered for new periods. */
@Service
@Command(
    scope = "edudx",
    name = "set-retire",
    description = "Stop offering a version for new periods")
public class SetRetireCommand implements Action {

  @Reference IndicatorSetAdmin admin;

  @Argument(index = 0, name = "set", required = true, description = "Set id")
  String set;

  @Argument(index = 1, name = "version", required = true, description = "Version number")
  int version;

  @Override
  public Object execute() {
    try {
      SetVersion v = admin.retire(set, version, "shell:" + SetUploadCommand.user());
      Text.line(System.out, "retired", v.id(), v.version());
    } catch (EduDxException e) {
      Text.problems(System.out, e);
    }
    return null;
  }
}
