package vn.edudx.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code edudx:user-passwd}: sets a new password, which signs the user out everywhere. */
@Service
@Command(
    scope = "edudx",
    name = "user-passwd",
    description = "Set a user's password and end all their sessions")
public class UserPasswdCommand extends UserCommand {

  @Option(
      name = "--password",
      description = "The new password; it stays in the shell's history, so prefer being asked")
  String password;

  @Argument(index = 0, name = "username", required = true, description = "Login name")
  @Completion(UsernameCompleter.class)
  String username;

  @Override
  void run() throws Exception {
    if (admin.find(username).isEmpty()) {
      // Said before the password is asked for, not after it is typed twice.
      Text.line(System.out, "user.unknown", username);
      return;
    }
    char[] secret = newPassword(password);
    if (secret == null) {
      return;
    }
    try {
      admin.setPassword(username, secret);
      Text.line(System.out, "user.password-set", username);
    } finally {
      clear(secret);
    }
  }
}
