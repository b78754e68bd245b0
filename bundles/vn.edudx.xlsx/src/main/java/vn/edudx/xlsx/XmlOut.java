package vn.edudx.xlsx;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes XML by hand, with the two escapings it needs, because the writer's output must be
 * byte-for-byte reproducible and StAX writers differ in quoting and empty elements.
 */
final class XmlOut {

  /** The declaration Excel itself writes at the top of every part. */
  static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private final Writer out;

  XmlOut(Writer out) {
    this.out = out;
  }

  /** Markup, written as is. */
  XmlOut raw(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  /** A number or other text known to need no escaping. */
  XmlOut raw(int n) throws IOException {
    out.write(Integer.toString(n));
    return this;
  }

  /** Element content; a carriage return becomes a character reference so that it survives. */
  XmlOut text(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.write("&amp;");
        case '<' -> out.write("&lt;");
        case '>' -> out.write("&gt;");
        case '\r' -> out.write("&#13;");
        default -> out.write(c);
      }
    }
    return this;
  }

  /** An attribute value in double quotes; whitespace other than spaces survives as references. */
  XmlOut attr(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.write("&amp;");
        case '<' -> out.write("&lt;");
        case '>' -> out.write("&gt;");
        case '"' -> out.write("&quot;");
        case '\t' -> out.write("&#9;");
        case '\n' -> out.write("&#10;");
        case '\r' -> out.write("&#13;");
        default -> out.write(c);
      }
    }
    return this;
  }
}
