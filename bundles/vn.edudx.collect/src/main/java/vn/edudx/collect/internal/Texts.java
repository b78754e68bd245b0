package vn.edudx.collect.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as people type it in Vietnamese spreadsheets: in either Unicode normal form, with or without
 * accents, in any case.
 */
final class Texts {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  private Texts() {}

  /** The text in composed form (NFC), trimmed: how EduDX stores text. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    return composedAlready(text)
        ? text.strip()
        : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }

  /**
   * Whether the text has only characters below U+0300, the first combining mark: no such text
   * changes in NFC, and most cells (codes, numbers, links) are such, so they skip the normalizer.
   */
  private static boolean composedAlready(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }

  /**
   * A comparison key: no accents, lower case, words joined by underscores ("Mã đơn vị" becomes
   * "ma_don_vi").
   */
  static String key(String text) {
    String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    String words = NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
    return words.replaceAll("^_+|_+$", "");
  }
}
