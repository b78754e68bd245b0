package vn.edudx.collector.file.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.observation.ImportBatch;

/**
 * The report written beside a processed file, for the clerk who dropped it: what happened, and for
 * each problem where it is, what is wrong and how to fix it, in Vietnamese then English.
 */
final class Report {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

  private Report() {}

  static String text(IngestResult result) {
    ImportBatch b = result.batch();
    StringBuilder t = new StringBuilder();
    t.append("EduDX - Báo cáo nhận tệp / Delivery report\n")
        .append("Tệp / File: ")
        .append(b.header().origin())
        .append('\n')
        .append("Nhận lúc / Received: ")
        .append(TIME.format(b.header().receivedAt()))
        .append('\n')
        .append("Kết quả / Outcome: ")
        .append(outcome(b.status()))
        .append(" (lô / batch ")
        .append(b.id())
        .append(")\n")
        .append("Số dòng / Rows: ")
        .append(b.rows())
        .append(", đã lưu / stored: ")
        .append(b.stored())
        .append('\n')
        .append("SHA-256: ")
        .append(b.header().checksum())
        .append("\n\n")
        .append(result.summary().vi())
        .append('\n')
        .append(result.summary().en())
        .append('\n');
    if (!b.problems().isEmpty()) {
      t.append("\nLỗi / Problems (").append(b.problems().size()).append("):\n");
      int n = 1;
      for (Problem p : b.problems()) {
        t.append('\n').append(n++).append(". ").append(where(p, true)).append('\n');
        t.append("   ").append(p.message().vi()).append('\n');
        t.append("   → ").append(p.hint().vi()).append('\n');
        t.append("   ").append(where(p, false)).append('\n');
        t.append("   ").append(p.message().en()).append('\n');
        t.append("   → ").append(p.hint().en()).append('\n');
      }
    }
    return t.toString();
  }

  private static String outcome(ImportBatch.Status status) {
    return switch (status) {
      case ACCEPTED -> "ĐÃ NHẬN / ACCEPTED";
      case REJECTED -> "KHÔNG NHẬN, không lưu giá trị nào / REJECTED, nothing stored";
      case DUPLICATE -> "ĐÃ NHẬN TRƯỚC ĐÂY, không lưu lại / RECEIVED BEFORE, not stored again";
    };
  }

  private static String where(Problem p, boolean vietnamese) {
    StringBuilder w = new StringBuilder();
    if (p.row() != null) {
      w.append(vietnamese ? "Dòng " : "Row ").append(p.row());
    }
    if (p.column() != null) {
      w.append(w.length() > 0 ? ", " : "")
          .append(vietnamese ? "cột " : "column ")
          .append(p.column());
    }
    if (p.field() != null) {
      w.append(w.length() > 0 ? " " : "").append('(').append(p.field()).append(')');
    }
    if (p.value() != null) {
      w.append(w.length() > 0 ? ", " : "")
          .append(vietnamese ? "giá trị \"" : "value \"")
          .append(p.value())
          .append('"');
    }
    if (w.length() == 0) {
      w.append(vietnamese ? "Toàn tệp" : "Whole file");
    }
    return w.toString();
  }
}
