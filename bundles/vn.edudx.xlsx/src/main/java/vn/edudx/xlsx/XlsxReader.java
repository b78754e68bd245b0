package vn.edudx.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import vn.edudx.xlsx.XlsxException.Reason;

/**
 * Reads the cell values of an .xlsx workbook, and nothing else, so that files from anyone can be
 * imported without Apache POI's size and attack surface.
 *
 * <p>What it reads: the sheets in tab order (hidden ones too), shared strings (rich text
 * flattened), inline strings, numbers, booleans, errors and the cached results of formulas. What it
 * never does: evaluate a formula (one without a cached result reads as ""), resolve a DTD or an
 * external entity, follow an external link, run a macro, or inflate beyond {@link Limits}. Dates
 * stay serial numbers, because only the cell style says a number is a date; see {@link Sheet}.
 * Merged cells have their value in the top-left cell only.
 */
public final class XlsxReader {

  private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

  private XlsxReader() {}

  /**
   * Reads a workbook.
   *
   * @param in the file's bytes; read to the end of the ZIP archive but not closed
   * @param limits what the file may ask of the reader; usually {@link Limits#DEFAULTS}
   * @return the sheets with their cell texts
   * @throws XlsxException when the file is not an .xlsx workbook, is damaged or encrypted, or
   *     breaks a limit; its {@link XlsxException#reason()} says which
   */
  public static Workbook read(InputStream in, Limits limits) throws XlsxException {
    ZipParts parts = ZipParts.read(in, limits);
    String workbookPart = workbookPart(parts);
    byte[] workbook = parts.get(workbookPart);
    if (workbook == null) {
      throw new XlsxException(
          Reason.NOT_XLSX,
          "",
          "the ZIP archive has no "
              + workbookPart
              + ": it is not an Excel workbook (a .docx,"
              + " .ods or other ZIP file renamed to .xlsx?)",
          null);
    }
    Map<String, Relationships.Target> rels = Relationships.of(parts, workbookPart);
    List<String> shared = sharedStrings(parts, rels, limits);
    List<Sheet> sheets = new ArrayList<>();
    try (XmlPart xml = XmlPart.open(workbookPart, workbook)) {
      for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
        if (e == XMLStreamConstants.START_ELEMENT && xml.name().equals("sheet")) {
          sheets.add(sheet(xml, parts, rels, shared, limits));
        }
      }
    }
    return new Workbook(sheets);
  }

  /** The workbook part named by the package relationships, "xl/workbook.xml" by convention. */
  private static String workbookPart(ZipParts parts) throws XlsxException {
    for (Relationships.Target target : Relationships.of(parts, "").values()) {
      if (target.is("officeDocument")) {
        return target.part();
      }
    }
    return DEFAULT_WORKBOOK;
  }

  private static List<String> sharedStrings(
      ZipParts parts, Map<String, Relationships.Target> rels, Limits limits) throws XlsxException {
    String part = "xl/sharedStrings.xml";
    for (Relationships.Target target : rels.values()) {
      if (target.is("sharedStrings")) {
        part = target.part();
      }
    }
    byte[] bytes = parts.get(part);
    return bytes == null ? List.of() : SharedStrings.read(part, bytes, limits);
  }

  private static Sheet sheet(
      XmlPart xml,
      ZipParts parts,
      Map<String, Relationships.Target> rels,
      List<String> shared,
      Limits limits)
      throws XlsxException {
    String name = xml.attr("name");
    String id = xml.attr("id");
    if (name == null || id == null) {
      throw xml.fail("a <sheet> without a name or r:id");
    }
    Relationships.Target target = rels.get(id);
    if (target == null) {
      throw xml.fail("sheet '" + name + "' refers to relationship " + id + ", which is missing");
    }
    if (!target.is("worksheet")) {
      return new Sheet(name, List.of()); // a chart sheet or dialog sheet: no cells
    }
    byte[] bytes = parts.get(target.part());
    if (bytes == null) {
      throw xml.fail("sheet '" + name + "' is in " + target.part() + ", which is missing");
    }
    return WorksheetReader.read(name, target.part(), bytes, shared, limits);
  }
}
