package vn.edudx.collect.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The benchmark's figures as Markdown, printed and written to a file, so that the same text goes to
 * the console of whoever runs it and into {@code docs/performance.md}.
 */
final class Report {

  private final StringBuilder text = new StringBuilder();

  void heading(String title) {
    text.append("\n## ").append(title).append("\n\n");
  }

  void line(String line) {
    text.append(line).append('\n');
  }

  /** A table's header row and its separator. */
  void header(String... cells) {
    row(cells);
    text.append('|');
    for (int i = 0; i < cells.length; i++) {
      text.append(i == 0 ? "---|" : "---:|");
    }
    text.append('\n');
  }

  void row(String... cells) {
    text.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /** Prints the report and writes it to {@code file}. */
  void publish(Path file) throws IOException {
    System.out.println(text);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    System.out.println("Written to " + file.toAbsolutePath());
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  static String millis(double nanos) {
    return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / (1024.0 * 1024.0)));
  }

  static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f×", r);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Met, or by how much it is missed, for a goal that is a most. */
  static String verdict(double reached, double limit) {
    return reached <= limit
        ? String.format(Locale.ROOT, "**met** (%.0f %% of the limit)", 100 * reached / limit)
        : String.format(Locale.ROOT, "**not met**: %.2f× the limit", reached / limit);
  }
}
