package vn.edudx.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.xlsx.Packages.sheetData;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files as other programs write them, built part by part or saved by LibreOffice. */
class HandCraftedReadTest {

  private static Sheet readOne(Map<String, String> parts) throws XlsxException {
    return Packages.read(Packages.zip(parts)).sheets().get(0);
  }

  @Test
  void readsSharedStringsIncludingRichTextRuns() throws Exception {
    Map<String, String> parts =
        Packages.oneSheet(
            sheetData(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                    + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
                    + "<c r=\"E1\" t=\"s\"><v> 4 </v></c></row>"));
    parts.put(
        "xl/sharedStrings.xml",
        Packages.sst(
            "<si><t>Trường TH Vĩnh Quới</t></si>"
                + "<si><r><rPr><b/></rPr><t>Mức</t></r><r><t xml:space=\"preserve\"> 3</t></r></si>"
                + "<si><t xml:space=\"preserve\">  lề trái</t></si>"
                + "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>"
                + "<si><t>a_x000D_b &amp; c</t></si>"));

    assertThat(readOne(parts).rows())
        .containsExactly(List.of("Trường TH Vĩnh Quới", "Mức 3", "  lề trái", "漢字", "a\rb & c"));
  }

  @Test
  void readsInlineStrings() throws Exception {
    Sheet sheet =
        readOne(
            Packages.oneSheet(
                sheetData(
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mức 3</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Vĩnh</t></r>"
                        + "<r><rPr><i/></rPr><t xml:space=\"preserve\"> Quới</t></r></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"/></row>")));

    assertThat(sheet.rows()).containsExactly(List.of("Mức 3", "Vĩnh Quới"));
  }

  @Test
  void takesCachedFormulaResultsAndNeverEvaluates() throws Exception {
    Sheet sheet =
        readOne(
            Packages.oneSheet(
                sheetData(
                    "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c>"
                        + "<c r=\"B1\" t=\"str\"><f>A1&amp;\"x\"</f><v>2x</v></c>"
                        + "<c r=\"C1\"><f>1+2</f></c>"
                        + "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                        + "<c r=\"E1\" t=\"b\"><f>TRUE()</f><v>1</v></c>"
                        + "<c r=\"F1\"><f t=\"shared\" ref=\"F1:F2\" si=\"0\">A1*2</f><v>4</v></c>"
                        + "</row><row r=\"2\"><c r=\"F2\"><f t=\"shared\" si=\"0\"/><v>8</v></c>"
                        + "</row>")));

    assertThat(sheet.rows())
        .containsExactly(
            List.of("2", "2x", "", "#DIV/0!", "TRUE", "4"), List.of("", "", "", "", "", "8"));
    assertThat(sheet.formulas())
        .containsEntry(Address.of(0, 2), "1+2")
        .containsEntry(Address.of(0, 5), "A1*2")
        .containsEntry(Address.of(1, 5), "")
        .hasSize(7);
    assertThat(sheet.isFormula(0, 2)).isTrue(); // "" here is a formula without a result
    assertThat(sheet.isFormula(0, 6)).isFalse();
    assertThat(sheet.isFormula(5, 0)).isFalse();
  }

  @Test
  void placesCellsWithoutReferencesInOrder() throws Exception {
    Sheet sheet =
        readOne(
            Packages.oneSheet(
                sheetData(
                    "<row><c><v>1</v></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                        + "<row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"
                        + "<row r=\"5\"><c><v>5</v></c><c r=\"D5\" s=\"3\"/></row>"
                        + "<row r=\"6\" s=\"2\" customFormat=\"1\"/>")));

    assertThat(sheet.rows())
        .containsExactly(
            List.of("1", "b"), List.of("", "", "3", "4"), List.of(), List.of(), List.of("5"));
  }

  @Test
  void sortsCellsWrittenOutOfOrder() throws Exception {
    Sheet sheet =
        readOne(
            Packages.oneSheet(
                sheetData(
                    "<row r=\"2\"><c r=\"C2\"><v>3</v></c><c r=\"A2\"><v>1</v></c></row>"
                        + "<row r=\"1\"><c r=\"B1\"><v>0</v></c></row>")));

    assertThat(sheet.rows()).containsExactly(List.of("", "0"), List.of("1", "", "3"));
  }

  @Test
  void writesNumbersInPlainNotation() throws Exception {
    String[] stored = {"1.0E3", "12.0", "0.50", "-0", "1E-5", "45292", "-3", "1234567.25", "abc"};
    String[] shown = {"1000", "12", "0.5", "0", "0.00001", "45292", "-3", "1234567.25", "abc"};
    StringBuilder row = new StringBuilder("<row r=\"1\">");
    for (String s : stored) {
      row.append("<c><v>").append(s).append("</v></c>");
    }
    Sheet sheet = readOne(Packages.oneSheet(sheetData(row + "</row>")));

    assertThat(sheet.rows()).containsExactly(List.of(shown));
  }

  @Test
  void followsAbsoluteTargetsAndKeepsTabOrder() throws Exception {
    Map<String, String> parts = Packages.oneSheet(sheetData("<row r=\"1\"><c><v>1</v></c></row>"));
    parts.put(
        "xl/workbook.xml",
        Packages.workbook(
            "<sheet name=\"Mức 3\" sheetId=\"7\" r:id=\"rId2\"/>"
                + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\" state=\"hidden\"/>"));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        Packages.rels(
            Packages.worksheetRel("rId1", "/xl/worksheets/sheet1.xml")
                + Packages.worksheetRel("rId2", "../xl/worksheets/other.xml")));
    parts.put("xl/worksheets/other.xml", sheetData("<row r=\"2\"><c r=\"B2\"><v>2</v></c></row>"));

    Workbook book = Packages.read(Packages.zip(parts));

    assertThat(book.sheets()).extracting(Sheet::name).containsExactly("Mức 3", "Sheet1");
    assertThat(book.sheet("MỨC 3").orElseThrow().cell(1, 1)).isEqualTo("2");
    assertThat(book.sheet("Sheet1").orElseThrow().cell(0, 0)).isEqualTo("1");
    assertThat(book.sheet("nowhere")).isEmpty();
  }

  @Test
  void findsTheWorkbookWithoutPackageRelationships() throws Exception {
    Map<String, String> parts = Packages.oneSheet(sheetData("<row r=\"1\"><c><v>1</v></c></row>"));
    parts.remove("_rels/.rels");

    assertThat(readOne(parts).cell(0, 0)).isEqualTo("1");
  }

  @Test
  void storesOnlyNonEmptyCellsOfWideSparseSheets() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 1000; r++) {
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c r=\"XFD")
          .append(r)
          .append("\"><v>1</v></c></row>");
    }
    Sheet sheet = readOne(Packages.oneSheet(sheetData(rows.toString())));

    assertThat(sheet.rowCount()).isEqualTo(1000);
    assertThat(sheet.rows().get(999)).hasSize(16_384);
    assertThat(sheet.cell(999, 16_383)).isEqualTo("1");
    assertThat(sheet.cell(999, 5)).isEmpty();
  }

  @Test
  void readsAWorkbookSavedByLibreOffice() throws Exception {
    // RoundTripTest's first sheet, opened and saved again by LibreOffice 7.4: shared strings,
    // styles on every cell, and styled empty rows down to the end of the validation range.
    Workbook book;
    try (InputStream in = getClass().getResourceAsStream("libreoffice-7.4.xlsx")) {
      book = XlsxReader.read(in, Limits.DEFAULTS);
    }

    assertThat(book.sheets()).extracting(Sheet::name).containsExactly("Chỉ số", "Ghi chú");
    assertThat(book.sheets().get(0).rows())
        .containsExactly(
            List.of("Mã", "Trường", "Mức", "Điểm", "Đạt"),
            List.of("TC1", "Trường TH Vĩnh Quới", "Mức 3", "0.5", "TRUE"),
            List.of("TC2", "", "Mức 1", "12", "FALSE"),
            List.of("TC3", "Trường THCS Phú Tân", "", "1234567.25"),
            List.of("-3"),
            List.of(),
            List.of("", "", "Mức 2"));
    assertThat(book.sheets().get(1).cell(0, 0)).isEqualTo("=1+1");
    assertThat(book.sheets().get(1).cell(1, 1)).isEqualTo("_x0041_ stays");
  }
}
