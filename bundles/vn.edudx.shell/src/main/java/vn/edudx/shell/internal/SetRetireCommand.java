package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.indicator.SetVersion;

/** {@code edudx:set-retire}: a version is no longer offered for new periods. */
@Service
@Command(
    scope = "edudx",
    name = "set-retire",
    description = "Stop offering a version for new periods")
public class SetRetireCommand extends SetVersionCommand {

  @Override
  void run() {
    SetVersion v = admin.retire(set, version, "shell:" + SetUploadCommand.user());
    Text.line(System.out, "retired", v.id(), v.version());
  }
}
