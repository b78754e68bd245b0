package vn.edudx.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.edudx.xlsx.Packages.sheetData;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edudx.xlsx.XlsxException.Reason;

/** Files made to hurt: each is refused with a reason a caller can explain, and quickly. */
class HostileInputTest {

  private static final int MB = 1024 * 1024;

  private static XlsxException refusal(byte[] file, Limits limits) {
    return catchThrowableOfType(
        XlsxException.class, () -> XlsxReader.read(new ByteArrayInputStream(file), limits));
  }

  private static XlsxException refusal(byte[] file) {
    return refusal(file, Limits.DEFAULTS);
  }

  @Test
  void refusesWhatIsNotAZip() {
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    byte[] csv = "Mã,Tên\nTC1,Trường TH Vĩnh Quới\n".getBytes(StandardCharsets.UTF_8);

    assertThat(refusal(random).reason()).isEqualTo(Reason.NOT_XLSX);
    assertThat(refusal(csv).reason()).isEqualTo(Reason.NOT_XLSX);
    assertThat(refusal(csv)).hasMessageContaining("not a ZIP archive");
    assertThat(refusal(new byte[0]).reason()).isEqualTo(Reason.NOT_XLSX);
  }

  @Test
  void refusesAZipWithoutAWorkbook() {
    byte[] docx = Packages.zip(Map.of("word/document.xml", "<document/>"));

    XlsxException e = refusal(docx);
    assertThat(e.reason()).isEqualTo(Reason.NOT_XLSX);
    assertThat(e).hasMessageContaining("xl/workbook.xml");
  }

  @Test
  void tellsOldOrPasswordProtectedFilesApart() {
    byte[] ole2 = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A};
    System.arraycopy(magic, 0, ole2, 0, magic.length);

    XlsxException e = refusal(ole2);
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e).hasMessageContaining(".xls").hasMessageContaining("password");
  }

  @Test
  void stopsAZipBombWhileInflating() throws IOException {
    byte[] bomb = zerosZip(1, 200L * MB); // about 200 KB on disk

    XlsxException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(bomb));
    assertThat(bomb.length).isLessThan(MB);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.part()).isEqualTo("xl/worksheets/sheet0.xml");
    assertThat(e).hasMessageContaining("50 MB");
  }

  @Test
  void stopsManyPartsThatAreLargeTogether() throws IOException {
    Limits limits = new Limits(200, 10L * MB, 25L * MB, 200_000, 16_384, 32_767);
    byte[] bomb = zerosZip(4, 8L * MB);

    XlsxException e = refusal(bomb, limits);
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.part()).isEmpty();
  }

  @Test
  void refusesTooManyParts() throws IOException {
    Limits limits = new Limits(3, MB, MB, 10, 10, 10);

    assertThat(refusal(zerosZip(4, 1), limits).reason()).isEqualTo(Reason.TOO_MANY_PARTS);
  }

  @Test
  void neverReadsAnExternalEntity(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    String sheet =
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + sheetData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>")
                .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());

    XlsxException e = refusal(Packages.zip(Packages.oneSheet(sheet)));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.part()).isEqualTo("xl/worksheets/sheet1.xml");
    assertThat(e).hasMessageNotContaining("TOP-SECRET-MARKER");
  }

  @Test
  void neverFetchesAnExternalDtd() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(200, 0);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
      Map<String, String> parts = Packages.oneSheet(sheetData(""));
      parts.put(
          "xl/sharedStrings.xml",
          "<?xml version=\"1.0\"?><!DOCTYPE sst SYSTEM \""
              + url
              + "\"><sst><si><t>&e;</t></si></sst>");

      XlsxException e = refusal(Packages.zip(parts));
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e.part()).isEqualTo("xl/sharedStrings.xml");
      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE workbook [<!ENTITY a0 \"ha\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"");
      dtd.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Map<String, String> parts = Packages.oneSheet(sheetData(""));
    parts.put(
        "xl/workbook.xml",
        "<?xml version=\"1.0\"?>"
            + dtd
            + "]><workbook><sheets><sheet name=\"&a9;\"/></sheets></workbook>");

    XlsxException e = refusal(Packages.zip(parts));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.part()).isEqualTo("xl/workbook.xml");
  }

  @Test
  void refusesAnEntityReferenceWithoutADoctype() {
    String sheet = sheetData("<row r=\"1\"><c t=\"inlineStr\"><is><t>a &xxe; b</t></is></c></row>");

    XlsxException e = refusal(Packages.zip(Packages.oneSheet(sheet)));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.part()).isEqualTo("xl/worksheets/sheet1.xml");
  }

  @Test
  void namesThePartOfTruncatedXml() {
    Map<String, String> parts = Packages.oneSheet(sheetData("<row r=\"1\"><c><v>1</v></c></row>"));
    parts.put("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c><v>1</v>");

    XlsxException e = refusal(Packages.zip(parts));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e).hasMessageStartingWith("xl/worksheets/sheet1.xml: unexpected end of file");
  }

  @Test
  void refusesATruncatedFile() {
    StringBuilder rows = new StringBuilder();
    Random random = new Random(7);
    for (int r = 1; r <= 2000; r++) {
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c><v>")
          .append(random.nextLong())
          .append("</v></c></row>");
    }
    byte[] whole = Packages.zip(Packages.oneSheet(sheetData(rows.toString())));

    XlsxException e = refusal(Arrays.copyOf(whole, whole.length / 2));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.part()).isEqualTo("xl/worksheets/sheet1.xml");
  }

  @Test
  void refusesSheetsBeyondTheLimits() {
    Limits small = new Limits(200, MB, MB, 3, 4, 10);
    String fourRows = "<row><c><v>1</v></c></row>".repeat(4);
    String fiveColumns = "<row><c><v>1</v></c><c/><c/><c/><c><v>5</v></c></row>";
    String longCell = "<row><c t=\"inlineStr\"><is><t>0123456789X</t></is></c></row>";

    assertThat(refusal(Packages.zip(Packages.oneSheet(sheetData(fourRows))), small).reason())
        .isEqualTo(Reason.TOO_MANY_ROWS);
    assertThat(refusal(Packages.zip(Packages.oneSheet(sheetData(fiveColumns))), small).reason())
        .isEqualTo(Reason.TOO_MANY_COLUMNS);
    XlsxException tooLong = refusal(Packages.zip(Packages.oneSheet(sheetData(longCell))), small);
    assertThat(tooLong.reason()).isEqualTo(Reason.CELL_TOO_LONG);
    assertThat(tooLong).hasMessageContaining("cell A1");
  }

  @Test
  void refusesDanglingReferences() {
    String badIndex = "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>5</v></c></row>";
    Map<String, String> missingSheet = Packages.oneSheet(sheetData(""));
    missingSheet.remove("xl/worksheets/sheet1.xml");

    XlsxException index = refusal(Packages.zip(Packages.oneSheet(sheetData(badIndex))));
    assertThat(index.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(index).hasMessageContaining("B1");
    XlsxException missing = refusal(Packages.zip(missingSheet));
    assertThat(missing.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(missing).hasMessageContaining("xl/worksheets/sheet1.xml");
  }

  /**
   * A ZIP of {@code entries} parts of {@code size} zero bytes each, deflated while streaming so
   * that the test never holds the inflated size in memory.
   */
  private static byte[] zerosZip(int entries, long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] zeros = new byte[MB];
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
        for (long left = size; left > 0; left -= zeros.length) {
          zip.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
