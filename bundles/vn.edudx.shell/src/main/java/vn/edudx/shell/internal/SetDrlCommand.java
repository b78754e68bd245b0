package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code edudx:set-drl}: the Drools rules generated from a version, for audit. */
@Service
@Command(
    scope = "edudx",
    name = "set-drl",
    description = "Print the rules generated from a set version")
public class SetDrlCommand extends SetVersionCommand {

  @Override
  void run() {
    System.out.print(admin.drl(set, version));
  }
}
