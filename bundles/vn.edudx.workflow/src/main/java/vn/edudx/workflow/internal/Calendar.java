package vn.edudx.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.edudx.api.Period;
import vn.edudx.api.workflow.Deadlines;

/**
 * The deadlines of a period, from month-days set once: a school year's deadlines fall in its end
 * year (2024-2025 → 31 May 2025), a calendar year's in that year. A deadline day ends at midnight
 * in Vietnam, whatever the server's zone.
 */
final class Calendar {

  /** Where a deadline day begins and ends. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final MonthDay submitBy;
  private final MonthDay publishBy;

  Calendar(String submitBy, String publishBy) {
    this.submitBy = monthDay("submitBy", submitBy);
    this.publishBy = monthDay("publishBy", publishBy);
  }

  static Calendar of(WorkflowConfig config) {
    return new Calendar(config.submitBy(), config.publishBy());
  }

  Deadlines deadlines(Period period) {
    int year = period.end().getYear();
    return new Deadlines(period.code(), submitBy.atYear(year), publishBy.atYear(year));
  }

  /** Whether {@code at} is after the end of the period's submit-by day, in Vietnam. */
  boolean isLate(Period period, Instant at) {
    LocalDate last = deadlines(period).submitBy();
    return !at.isBefore(last.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  private static MonthDay monthDay(String key, String text) {
    try {
      return MonthDay.parse(text == null ? "" : text.strip(), MONTH_DAY);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "vn.edudx.workflow: " + key + " must be a day as MM-dd (like 05-31), not '" + text + "'",
          e);
    }
  }
}
