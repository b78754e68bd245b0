package vn.edudx.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.ImportBatch;

/**
 * {@code edudx:import FILE}: sends a CSV file or an XLSX workbook through the same ingest pipeline
 * as the collectors, as source {@code shell}, showing how many rows have been read while a large
 * file goes in, then the outcome and every problem with its row and column.
 */
@Service
@Command(
    scope = "edudx",
    name = "import",
    description =
        "Import a CSV file or XLSX workbook of values through the ingest pipeline, with progress")
public class ImportCommand implements Action {

  /** The drop folder's default limit ({@code maxFileMegabytes = 50}): the same file, same rule. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  static final String SOURCE = "shell";

  @Reference IngestService ingest;

  @Argument(index = 0, name = "file", required = true, description = "Path of the CSV or XLSX file")
  @Completion(FileCompleter.class)
  String file;

  @Option(
      name = "--accept-valid-rows",
      description = "Store the valid rows of a file with bad ones instead of rejecting it whole")
  boolean acceptValidRows;

  Clock clock = Clock.systemUTC();

  @Override
  public Object execute() throws IOException {
    PrintStream out = System.out;
    Path path = Path.of(file).toAbsolutePath();
    if (Files.isDirectory(path)) {
      Text.line(out, "import.directory", path);
      return null;
    }
    if (!Files.isRegularFile(path)) {
      Text.line(out, "file.missing", path);
      return null;
    }
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      long megabytes = (size + 1024L * 1024L - 1) / (1024L * 1024L);
      Text.line(out, "import.too-large", path, megabytes, MAX_BYTES / (1024 * 1024));
      return null;
    }
    byte[] content;
    try (InputStream in = Files.newInputStream(path)) {
      content = in.readNBytes((int) MAX_BYTES + 1); // never more than the limit, even if it grew
    }
    if (content.length > MAX_BYTES) {
      Text.line(
          out, "import.too-large", path, MAX_BYTES / (1024 * 1024) + 1, MAX_BYTES / (1024 * 1024));
      return null;
    }
    Text.line(out, "import.started", path, size);
    Delivery delivery =
        new Delivery(
            SOURCE,
            "default",
            path.getFileName().toString(),
            content,
            clock.instant(),
            SOURCE + ":" + SetUploadCommand.user(),
            acceptValidRows);
    // The pipeline reports on this thread, the shell's, so the line reaches this session.
    boolean[] progressShown = {false};
    IngestResult result =
        ingest.ingestFile(
            delivery,
            rows -> {
              LocalizedText t = Text.MESSAGES.text("import.progress", rows);
              out.print("\r" + t.vi() + " / " + t.en());
              out.flush();
              progressShown[0] = true;
            });
    if (progressShown[0]) {
      out.println();
    }
    print(out, result);
    return null;
  }

  /** The outcome, the counts, the summary, and every problem located. */
  static void print(PrintStream out, IngestResult result) {
    ImportBatch b = result.batch();
    Text.line(out, "import.outcome", b.status(), b.id(), b.rows(), b.stored());
    Text.line(
        out,
        "import.counts",
        b.status() == ImportBatch.Status.ACCEPTED ? 1 : 0,
        b.status() == ImportBatch.Status.REJECTED ? 1 : 0,
        b.status() == ImportBatch.Status.DUPLICATE ? 1 : 0);
    out.println(result.summary().vi());
    out.println("  " + result.summary().en());
    if (b.problems().isEmpty()) {
      return;
    }
    Text.line(out, "import.problems", b.problems().size());
    int n = 1;
    for (Problem p : b.problems()) {
      LocalizedText where = where(p);
      out.println(n++ + ". " + where.vi() + ": " + p.message().vi());
      out.println("   " + where.en() + ": " + p.message().en());
      if (p.hint() != null) {
        out.println("   → " + p.hint().vi());
        out.println("   → " + p.hint().en());
      }
    }
  }

  /** "Dòng 4, cột 3 (Giá trị), giá trị "130"", or the whole file. */
  static LocalizedText where(Problem p) {
    List<LocalizedText> parts = new ArrayList<>();
    if (p.row() != null) {
      parts.add(Text.MESSAGES.text("where.row", p.row()));
    }
    if (p.column() != null) {
      parts.add(Text.MESSAGES.text("where.column", p.column()));
    }
    if (parts.isEmpty() && p.field() == null && p.value() == null) {
      return Text.MESSAGES.text("where.file");
    }
    String field = p.field() == null ? "" : " (" + p.field() + ")";
    LocalizedText value = p.value() == null ? null : Text.MESSAGES.text("where.value", p.value());
    return new LocalizedText(
        join(
            parts.stream().map(LocalizedText::vi).toList(),
            field,
            value == null ? null : value.vi()),
        join(
            parts.stream().map(LocalizedText::en).toList(),
            field,
            value == null ? null : value.en()));
  }

  private static String join(List<String> place, String field, String value) {
    String s = (String.join(", ", place) + field).strip();
    if (value != null) {
      s = s.isEmpty() ? value : s + ", " + value;
    }
    return s;
  }
}
