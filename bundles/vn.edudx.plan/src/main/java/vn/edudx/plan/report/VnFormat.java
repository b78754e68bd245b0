package vn.edudx.plan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers and dates as a Vietnamese document writes them, whatever the server's locale. */
final class VnFormat {

  private VnFormat() {}

  /** A decimal comma, a dot between thousands, at most two decimals: 6.418; 53,13; 85,5. */
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

  /** {@link #number(BigDecimal)} with a percent sign: 53,13%. */
  static String percent(BigDecimal n) {
    return n == null ? "" : number(n) + "%";
  }

  /**
   * Day, month and year of a date line as Decree 30/2020 writes them: a zero before days below 10
   * and before months 1 and 2 ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 12 năm 2025").
   */
  static String[] date(LocalDate d) {
    String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : "" + d.getDayOfMonth();
    String month = d.getMonthValue() < 3 ? "0" + d.getMonthValue() : "" + d.getMonthValue();
    return new String[] {day, month, String.valueOf(d.getYear())};
  }
}
