package vn.edudx.publish.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and times as Vietnamese readers write them (72,5 points; 1.000 runs; 08:00 20/06/2025),
 * whatever the server's locale.
 */
final class Formats {

  /** Times are shown in Vietnam's time, where every reader of a publication is. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", Locale.ROOT).withZone(VIETNAM);

  private Formats() {}

  /** A number with a decimal comma, a dot between thousands and at most two decimals. */
  static String number(BigDecimal n) {
    if (n == null) {
      return "";
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(n);
  }

  /** A time in Vietnam, such as {@code 08:00 20/06/2025}. */
  static String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  /**
   * A time for people and for machines: {@code 08:00 20/06/2025 (giờ Việt Nam),
   * 2025-06-20T01:00:00Z}.
   */
  static String timeWithInstant(Instant t) {
    return t == null ? "" : Texts.MESSAGES.text("html.time", time(t)).vi() + ", " + t;
  }
}
