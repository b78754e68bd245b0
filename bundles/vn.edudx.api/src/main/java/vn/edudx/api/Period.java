package vn.edudx.api;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period data and scores belong to: a school year such as {@code 2024-2025} (the MOET evaluation)
 * or a calendar year such as {@code 2025} (the plan's yearly report).
 */
public record Period(String code, Kind kind, LocalDate start, LocalDate end) {

  /** The two kinds of period EduDX knows. */
  public enum Kind {
    SCHOOL_YEAR,
    CALENDAR_YEAR
  }

  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{4})");
  private static final Pattern CALENDAR_YEAR = Pattern.compile("\\d{4}");

  /**
   * Reads a period code, accepting the separators people type ({@code 2024-2025}, {@code
   * 2024–2025}, {@code 2024/2025}); returns {@code null} when the text is not a period.
   */
  public static Period parseOrNull(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    Matcher m = SCHOOL_YEAR.matcher(t);
    if (m.matches()) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      if (to != from + 1 || from < 1990 || from > 2100) {
        return null;
      }
      return schoolYear(from);
    }
    if (CALENDAR_YEAR.matcher(t).matches()) {
      int year = Integer.parseInt(t);
      if (year < 1990 || year > 2100) {
        return null;
      }
      return new Period(
          t, Kind.CALENDAR_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    return null;
  }

  /** Reads a period code or throws an {@link EduDxException} that says what a period looks like. */
  public static Period parse(String text) {
    Period p = parseOrNull(text);
    if (p == null) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          Messages.api().problem("period.invalid", "period", null, null, text, text));
    }
    return p;
  }

  /** The school year that starts in September of {@code fromYear}. */
  public static Period schoolYear(int fromYear) {
    return new Period(
        fromYear + "-" + (fromYear + 1),
        Kind.SCHOOL_YEAR,
        LocalDate.of(fromYear, 9, 1),
        LocalDate.of(fromYear + 1, 8, 31));
  }

  /** The period of the same kind just before this one, for movement and history. */
  public Period previous() {
    return kind == Kind.SCHOOL_YEAR
        ? schoolYear(start.getYear() - 1)
        : parse(Integer.toString(start.getYear() - 1));
  }
}
