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
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
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
