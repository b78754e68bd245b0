package vn.edudx.shell.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.security.UserAdmin;

/**
 * What the user commands share: the service, a refused request printed as its problems in both
 * languages, and asking for a new password twice without showing it.
 */
abstract class UserCommand implements Action {

  @Reference UserAdmin admin;

  @Reference Session session;

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

  /**
   * The password given on the command line, else one typed twice behind {@code *}; {@code null}
   * (after saying why) if the two typed do not match.
   */
  char[] newPassword(String given) throws IOException {
    if (given != null) {
      return given.toCharArray();
    }
    String first = session.readLine(prompt("password.prompt"), '*');
    String second = session.readLine(prompt("password.again"), '*');
    if (first == null || !first.equals(second)) {
      Text.line(System.out, "password.mismatch");
      return null;
    }
    return first.toCharArray();
  }

  static void clear(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }

  private static String prompt(String key) {
    LocalizedText t = Text.MESSAGES.text(key);
    return t.vi() + " / " + t.en() + ": ";
  }
}
