package vn.edudx.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hand-made .xlsx packages, so that tests can feed the reader exactly the XML they mean. */
final class Packages {

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

  private Packages() {}

  /** A ZIP archive of the given parts, in order. */
  static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The parts of a one-sheet workbook ("Sheet1") with the given worksheet XML. */
  static Map<String, String> oneSheet(String worksheetXml) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "_rels/.rels",
        "<Relationships xmlns=\""
            + PKG_REL
            + "\"><Relationship Id=\"rId1\" Type=\""
            + REL
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put("xl/workbook.xml", workbook("<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        rels(worksheetRel("rId1", "worksheets/sheet1.xml") + sharedStringsRel("rId9")));
    parts.put("xl/worksheets/sheet1.xml", worksheetXml);
    return parts;
  }

  static String workbook(String sheets) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
        + MAIN
        + "\" xmlns:r=\""
        + REL
        + "\"><sheets>"
        + sheets
        + "</sheets></workbook>";
  }

  static String rels(String relationships) {
    return "<Relationships xmlns=\"" + PKG_REL + "\">" + relationships + "</Relationships>";
  }

  static String worksheetRel(String id, String target) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\""
        + REL
        + "/worksheet\" Target=\""
        + target
        + "\"/>";
  }

  static String sharedStringsRel(String id) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\""
        + REL
        + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
  }

  /** A worksheet part around the given {@code <row>} elements. */
  static String sheetData(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
        + MAIN
        + "\"><sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  /** A shared string table around the given {@code <si>} elements. */
  static String sst(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
        + MAIN
        + "\">"
        + items
        + "</sst>";
  }

  /** Reads a package with the default limits. */
  static Workbook read(byte[] bytes) throws XlsxException {
    return XlsxReader.read(new ByteArrayInputStream(bytes), Limits.DEFAULTS);
  }

  /** The text of one part of a written package, to check what the writer put there. */
  static String part(byte[] xlsx, String name) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no part " + name);
  }
}
