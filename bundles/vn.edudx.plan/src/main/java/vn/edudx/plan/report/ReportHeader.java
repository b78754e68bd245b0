package vn.edudx.plan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report's heading block and signature say that the evaluation does not know: who issues it,
 * its number, where and when it is signed, who signs and who receives it. Another town's report is
 * the same report with other values.
 *
 * @param authority the issuing body's lines, the superior body first and the issuing body last,
 *     e.g. "UBND THỊ XÃ NGÃ NĂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"; at least one
 * @param number the document number after "Số: ", e.g. "125/BC-PGDĐT", or "…/BC-PGDĐT" before the
 *     office numbers it
 * @param place the place name of the date line, e.g. "Ngã Năm"
 * @param date the date of the document
 * @param signerTitle the signer's position, e.g. "TRƯỞNG PHÒNG"; null for none
 * @param signerName the signer's name; null for none
 * @param recipients the "Nơi nhận" list, e.g. "UBND thị xã;", "Lưu: VT."; empty for none
 */
public record ReportHeader(
    List<String> authority,
    String number,
    String place,
    LocalDate date,
    String signerTitle,
    String signerName,
    List<String> recipients) {

  public ReportHeader {
    Objects.requireNonNull(authority, "authority");
    authority = List.copyOf(authority);
    if (authority.isEmpty()) {
      throw new IllegalArgumentException("authority needs at least one line");
    }
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /** A heading without signature block or recipients. */
  public static ReportHeader of(
      List<String> authority, String number, String place, LocalDate date) {
    return new ReportHeader(authority, number, place, date, null, null, List.of());
  }
}
