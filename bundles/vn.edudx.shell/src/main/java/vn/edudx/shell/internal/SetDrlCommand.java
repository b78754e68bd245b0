package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.IndicatorSetAdmin;

/** {@code edudx:set-drl}: the Drools rules generated from a version, for audit. */
@Service
@Command(
    scope = "edudx",
    name = "set-drl",
    description = "Print the rules generated from a set version")
public class SetDrlCommand implements Action {

  @Reference IndicatorSetAdmin admin;

  @Argument(index = 0, name = "set", required = true, description = "Set id, e.g. moet-4725-2022")
  String set;

  @Argument(index = 1, name = "version", required = true, description = "Version number")
  int version;

  @Override
  public Object execute() {
    try {
      System.out.print(admin.drl(set, version));
    } catch (EduDxException e) {
      Text.problems(System.out, e);
    }
    return null;
  }
}
