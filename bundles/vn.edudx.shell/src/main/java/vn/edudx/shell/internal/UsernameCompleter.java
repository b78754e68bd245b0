package vn.edudx.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import vn.edudx.api.security.User;
import vn.edudx.api.security.UserAdmin;

/** Completes the names of existing users for the commands that change one. */
@Service
public class UsernameCompleter implements Completer {

  @Reference UserAdmin admin;

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    return new StringsCompleter(admin.list().stream().map(User::username).toList())
        .complete(session, commandLine, candidates);
  }
}
