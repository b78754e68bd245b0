package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code edudx:user-enable}: lets a disabled user sign in again. */
@Service
@Command(scope = "edudx", name = "user-enable", description = "Let a disabled user sign in again")
public class UserEnableCommand extends UserCommand {

  @Argument(index = 0, name = "username", required = true, description = "Login name")
  @Completion(UsernameCompleter.class)
  String username;

  @Override
  void run() {
    admin.setEnabled(username, true);
    Text.line(System.out, "user.enabled", username);
  }
}
