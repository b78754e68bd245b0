package vn.edudx.collect.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads values as people write them: yes/no in Vietnamese or English, numbers with a decimal comma
 * or point and an optional percent sign. When both separators appear, the last one is the decimal
 * separator ("1.234,5" and "1,234.5" are both 1234.5).
 */
final class Values {

  private static final Set<String> YES = Set.of("co", "yes", "y", "true", "1", "dat", "x");
  private static final Set<String> NO =
      Set.of("khong", "no", "n", "false", "0", "chua_dat", "chua", "k");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  /**
   * Answers already read, by their exact text: a file repeats a handful of spellings ("Có",
   * "không", "x") millions of times, and reading one takes a Unicode decomposition and three
   * regular expressions. Bounded, so a file of odd answers cannot grow it without end.
   */
  private static final Map<String, Optional<Boolean>> ANSWERS = new ConcurrentHashMap<>();

  private static final int MAX_ANSWERS = 256;

  private Values() {}

  /** {@code true} or {@code false}, or empty when the text is not a yes/no answer. */
  static Optional<Boolean> yesNo(String text) {
    Optional<Boolean> known = ANSWERS.get(text);
    if (known != null) {
      return known;
    }
    Optional<Boolean> read = readYesNo(text);
    if (ANSWERS.size() < MAX_ANSWERS) {
      ANSWERS.putIfAbsent(text, read);
    }
    return read;
  }

  private static Optional<Boolean> readYesNo(String text) {
    String key = Texts.key(text);
    if (YES.contains(key)) {
      return Optional.of(Boolean.TRUE);
    }
    return NO.contains(key) ? Optional.of(Boolean.FALSE) : Optional.empty();
  }

  /** The number, or empty when the text is not one. */
  static Optional<BigDecimal> number(String text) {
    String t = text.strip().replace(" ", "").replace("\u00a0", "");
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1);
    }
    int comma = t.lastIndexOf(',');
    int point = t.lastIndexOf('.');
    if (comma >= 0 && point >= 0) {
      t = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
    } else if (comma >= 0) {
      if (t.indexOf(',') != comma) {
        return Optional.empty();
      }
      t = t.replace(',', '.');
    }
    if (!NUMBER.matcher(t).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t));
  }

  /** The canonical text of a number: no trailing zeros, no exponent. */
  static String canonical(BigDecimal number) {
    BigDecimal n = number.stripTrailingZeros();
    return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
  }
}
