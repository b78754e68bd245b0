package vn.edudx.shell.internal;

import java.io.PrintStream;
import java.util.List;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;

/** What the commands print: Vietnamese first, English second, from the resource bundles. */
final class Text {

  static final Messages MESSAGES = Messages.load("vn.edudx.shell.internal.messages", Text.class);

  private Text() {}

  static void line(PrintStream out, String key, Object... args) {
    LocalizedText t = MESSAGES.text(key, args);
    out.println(t.vi());
    out.println("  " + t.en());
  }

  /** Every problem of a refused request, each with where and how to fix it. */
  static void problems(PrintStream out, EduDxException e) {
    List<Problem> problems = e.problems();
    line(out, "problems", problems.size());
    int i = 1;
    for (Problem p : problems) {
      out.println(i++ + ". " + p.message().vi());
      out.println("   " + p.message().en());
      if (p.hint() != null) {
        out.println("   → " + p.hint().vi());
        out.println("   → " + p.hint().en());
      }
    }
  }
}
