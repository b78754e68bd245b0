package vn.edudx.collector.support;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text and numbers as people type them in Vietnamese spreadsheets: either Unicode normal form, with
 * or without accents, yes/no in either language, a decimal comma or point.
 */
public final class Texts {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> YES = Set.of("1", "co", "yes", "y", "x", "true");
  private static final Set<String> NO = Set.of("0", "khong", "no", "n", "false");

  private Texts() {}

  /** The text in composed form (NFC), trimmed: how EduDX stores text. */
  public static String clean(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }

  /** A comparison key: no accents, lower case, words joined by underscores. */
  public static String key(String text) {
    String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    String words = NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
    return words.replaceAll("^_+|_+$", "");
  }

  /** {@code true} or {@code false}, or empty when the text is not a yes/no answer. */
  public static Optional<Boolean> yesNo(String text) {
    String key = key(text);
    if (YES.contains(key)) {
      return Optional.of(Boolean.TRUE);
    }
    return NO.contains(key) ? Optional.of(Boolean.FALSE) : Optional.empty();
  }

  /**
   * The number written with a decimal comma or point ({@code 4,5} and {@code 4.5}); empty when the
   * text is not one. Thousands separators are not read, so {@code 1.234} is one and a bit.
   */
  public static Optional<BigDecimal> number(String text) {
    String t = text.strip().replace(',', '.');
    if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t));
  }

  /** The largest count read: no office handles a billion applications, and sums cannot overflow. */
  static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000_000L);

  /**
   * A count: a whole number from zero to {@link #MAX_COUNT} ({@code 12}, {@code 12,0}); empty
   * otherwise, so that a huge number is a located problem, never a crash.
   */
  public static Optional<Long> count(String text) {
    return number(text)
        .filter(
            n ->
                n.signum() >= 0
                    && n.compareTo(MAX_COUNT) <= 0
                    && n.stripTrailingZeros().scale() <= 0)
        .map(n -> n.longValueExact());
  }
}
