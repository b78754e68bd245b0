package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.IndicatorSetAdmin;

/**
 * What the commands about one version of a set share: the set and version arguments, the service,
 * and a refused request printed as its problems in both languages.
 */
abstract class SetVersionCommand implements Action {

  @Reference IndicatorSetAdmin admin;

  @Argument(index = 0, name = "set", required = true, description = "Set id, e.g. moet-4725-2022")
  String set;

  @Argument(index = 1, name = "version", required = true, description = "Version number")
  int version;

  @Override
  public Object execute() throws Exception {
    try {
      run();
    } catch (EduDxException e) {
      Text.problems(System.out, e);
    }
    return null;
  }

  /** Does the command's work; a refusal is printed by {@link #execute()}. */
  abstract void run() throws Exception;
}
