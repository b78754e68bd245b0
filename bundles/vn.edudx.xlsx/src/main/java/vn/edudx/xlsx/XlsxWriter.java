package vn.edudx.xlsx;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes plain .xlsx workbooks (templates and exports) that open in Excel and LibreOffice, without
 * Apache POI.
 *
 * <p>Text is written as inline strings, which are never formulas; numbers as numeric cells;
 * booleans as boolean cells. The output is deterministic: the same workbook gives the same bytes
 * (fixed ZIP entry times, fixed part order), so exports can be compared and cached.
 *
 * <pre>{@code
 * XlsxWriter w = new XlsxWriter();
 * w.sheet("Chỉ số").header(List.of("Mã", "Tên")).freezeHeader().row(List.of("TC1", "Mức 3"));
 * w.write(out);
 * }</pre>
 */
public final class XlsxWriter {

  private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String CT_PREFIX = "application/vnd.openxmlformats-officedocument.";

  /**
   * A fixed entry time, so that output depends neither on the clock nor on the time zone. Not
   * 1980-01-01T00:00: the JDK takes that DOS time as "before 1980" and adds an extended timestamp
   * computed in the local time zone; 1980-02-01 is what bnd uses for the same reason.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

  private final List<SheetBuilder> sheets = new ArrayList<>();
  private boolean escapeFormulas = true;

  /** Starts an empty workbook; add at least one sheet before writing. */
  public XlsxWriter() {}

  /**
   * Whether text that looks like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or
   * carriage return first) gets Excel's "quote prefix" style, so that it stays text even when a
   * user edits the cell and presses Enter. On by default. The text itself is never changed: inline
   * strings are not formulas in any case. For CSV use {@link Cells#safeText(String)}.
   */
  public XlsxWriter escapeFormulas(boolean escape) {
    this.escapeFormulas = escape;
    return this;
  }

  /**
   * Adds a sheet after the previous ones.
   *
   * @param name 1 to 31 characters, none of {@code : \ / ? * [ ]}, not starting or ending with an
   *     apostrophe, unique ignoring case: Excel's rules, since it refuses other names
   * @return the builder for the sheet's rows and options
   */
  public SheetBuilder sheet(String name) {
    checkSheetName(name);
    SheetBuilder sheet = new SheetBuilder(name);
    sheets.add(sheet);
    return sheet;
  }

  /**
   * Writes the workbook as an .xlsx file.
   *
   * @param out where to write; finished but not closed, so that it can be a servlet response
   * @throws IllegalStateException when no sheet was added (Excel needs at least one)
   */
  public void write(OutputStream out) throws IOException {
    if (sheets.isEmpty()) {
      throw new IllegalStateException("a workbook needs at least one sheet");
    }
    if (sheets.get(0).isHidden()) {
      throw new IllegalStateException(
          "the first sheet '" + sheets.get(0).name() + "' cannot be hidden: Excel opens on it");
    }
    OutputStream notClosing =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        };
    try (ZipOutputStream zip = new ZipOutputStream(notClosing, StandardCharsets.UTF_8)) {
      Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
      XmlOut xml = new XmlOut(text);
      part(zip, text, "[Content_Types].xml");
      contentTypes(xml);
      part(zip, text, "_rels/.rels");
      xml.raw(XmlOut.DECLARATION).raw("<Relationships xmlns=\"" + PKG_REL_NS + "\">");
      relationship(xml, "rId1", REL_NS + "/officeDocument", "xl/workbook.xml");
      xml.raw("</Relationships>");
      part(zip, text, "xl/workbook.xml");
      workbook(xml);
      part(zip, text, "xl/_rels/workbook.xml.rels");
      workbookRelationships(xml);
      part(zip, text, "xl/styles.xml");
      xml.raw(STYLES);
      for (int i = 0; i < sheets.size(); i++) {
        part(zip, text, "xl/worksheets/sheet" + (i + 1) + ".xml");
        sheets.get(i).write(xml, escapeFormulas);
      }
      text.flush();
      zip.closeEntry();
    }
  }

  /** Ends the previous part, if any, and starts the next with a fixed time. */
  private static void part(ZipOutputStream zip, Writer text, String name) throws IOException {
    text.flush();
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
  }

  private void contentTypes(XmlOut xml) throws IOException {
    xml.raw(XmlOut.DECLARATION)
        .raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .raw("<Default Extension=\"rels\"")
        .raw(" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        .raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .raw("<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CT_PREFIX)
        .raw("spreadsheetml.sheet.main+xml\"/>")
        .raw("<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CT_PREFIX)
        .raw("spreadsheetml.styles+xml\"/>");
    for (int i = 0; i < sheets.size(); i++) {
      xml.raw("<Override PartName=\"/xl/worksheets/sheet")
          .raw(i + 1)
          .raw(".xml\"")
          .raw(" ContentType=\"" + CT_PREFIX + "spreadsheetml.worksheet+xml\"/>");
    }
    xml.raw("</Types>");
  }

  private void workbook(XmlOut xml) throws IOException {
    xml.raw(XmlOut.DECLARATION)
        .raw("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">")
        .raw("<bookViews><workbookView/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      xml.raw("<sheet name=\"").attr(sheets.get(i).name()).raw("\" sheetId=\"").raw(i + 1);
      if (sheets.get(i).isHidden()) {
        xml.raw("\" state=\"hidden");
      }
      xml.raw("\" r:id=\"rId").raw(i + 1).raw("\"/>");
    }
    xml.raw("</sheets></workbook>");
  }

  private void workbookRelationships(XmlOut xml) throws IOException {
    xml.raw(XmlOut.DECLARATION).raw("<Relationships xmlns=\"" + PKG_REL_NS + "\">");
    for (int i = 0; i < sheets.size(); i++) {
      relationship(
          xml, "rId" + (i + 1), REL_NS + "/worksheet", "worksheets/sheet" + (i + 1) + ".xml");
    }
    relationship(xml, "rId" + (sheets.size() + 1), REL_NS + "/styles", "styles.xml");
    xml.raw("</Relationships>");
  }

  private static void relationship(XmlOut xml, String id, String type, String target)
      throws IOException {
    xml.raw("<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>");
  }

  private void checkSheetName(String name) {
    if (name == null
        || name.isEmpty()
        || name.length() > 31
        || name.startsWith("'")
        || name.endsWith("'")
        || name.chars().anyMatch(c -> c < 0x20 || ":\\/?*[]".indexOf(c) >= 0)) {
      throw new IllegalArgumentException(
          "invalid sheet name \""
              + name
              + "\": Excel wants 1 to 31 characters, none of : \\ / ? * [ ], and no apostrophe"
              + " at either end");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("history")
        || sheets.stream().anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(lower))) {
      throw new IllegalArgumentException(
          "sheet name \"" + name + "\" is already used or reserved (names ignore case)");
    }
  }

  /**
   * The smallest style sheet Excel accepts: cell format 0 plain, 1 bold (headers), 2 quote prefix
   * (formula-like text), 3 both.
   */
  private static final String STYLES =
      XmlOut.DECLARATION
          + "<styleSheet xmlns=\""
          + MAIN_NS
          + "\">"
          + "<fonts count=\"2\">"
          + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
          + "</fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "</borders>"
          + "<cellStyleXfs count=\"1\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"4\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " quotePrefix=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " quotePrefix=\"1\" applyFont=\"1\"/>"
          + "</cellXfs>"
          + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          + "</cellStyles>"
          + "</styleSheet>";
}
