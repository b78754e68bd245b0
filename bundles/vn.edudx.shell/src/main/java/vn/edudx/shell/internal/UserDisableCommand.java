package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code edudx:user-disable}: stops a user signing in and ends their sessions at once. */
@Service
@Command(
    scope = "edudx",
    name = "user-disable",
    description = "Stop a user signing in and end all their sessions")
public class UserDisableCommand extends UserCommand {

  @Argument(index = 0, name = "username", required = true, description = "Login name")
  @Completion(UsernameCompleter.class)
  String username;

  @Override
  void run() {
    admin.setEnabled(username, false);
    Text.line(System.out, "user.disabled", username);
  }
}
