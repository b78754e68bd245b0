package vn.edudx.xlsx;

/**
 * The text rules of OOXML that plain XML escaping does not cover: Excel stores characters XML
 * cannot carry as {@code _xHHHH_} (a carriage return as {@code _x000D_}), so a literal "_x0041_"
 * must itself be escaped, and XML 1.0 forbids most control characters.
 */
final class OoxmlText {

  private OoxmlText() {}

  /** Decodes {@code _xHHHH_} escapes as Excel does when it shows a string. */
  static String decode(String s) {
    int at = s.indexOf("_x");
    if (at < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (isEscape(s, i)) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 7;
      } else {
        out.append(s.charAt(i++));
      }
    }
    return out.toString();
  }

  /**
   * Prepares a string for a worksheet: drops characters illegal in XML 1.0 (they would make the
   * file unreadable) and escapes text that Excel would otherwise decode as {@code _xHHHH_}.
   */
  static String encode(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean legal;
      int width = 1;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        legal = true;
        width = 2;
      } else {
        legal =
            c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
      }
      boolean escape = c == '_' && isEscape(s, i);
      if ((!legal || escape) && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append("_x005F_");
        } else if (legal) {
          out.append(s, i, i + width);
        }
      }
      i += width - 1;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isEscape(String s, int i) {
    if (i + 7 > s.length()
        || s.charAt(i) != '_'
        || s.charAt(i + 1) != 'x'
        || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      char c = s.charAt(k);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'F') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
