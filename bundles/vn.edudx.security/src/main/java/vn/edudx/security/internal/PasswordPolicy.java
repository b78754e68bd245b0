package vn.edudx.security.internal;

import java.util.ArrayList;
import java.util.List;
import vn.edudx.api.Problem;

/**
 * What a new password must be: long (length is what makes a password strong; NIST SP 800-63B) and
 * not a variation of the username, the first thing an attacker tries.
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 10;

  private PasswordPolicy() {}

  /** The policy's objections to a password, none if it is acceptable. */
  static List<Problem> check(String username, char[] password) {
    List<Problem> problems = new ArrayList<>();
    int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
    if (length < MIN_LENGTH) {
      problems.add(Texts.problem("password.too-short", "password", null, MIN_LENGTH));
    }
    if (password != null && username != null && contains(password, username)) {
      problems.add(Texts.problem("password.contains-username", "password", null, username));
    }
    return problems;
  }

  /** Whether the password contains the name, ignoring case, without making a String of it. */
  private static boolean contains(char[] password, String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int start = 0; start + name.length() <= password.length; start++) {
      int i = 0;
      while (i < name.length()
          && Character.toLowerCase(password[start + i]) == Character.toLowerCase(name.charAt(i))) {
        i++;
      }
      if (i == name.length()) {
        return true;
      }
    }
    return false;
  }
}
