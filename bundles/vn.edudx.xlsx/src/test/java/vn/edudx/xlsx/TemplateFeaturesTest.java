package vn.edudx.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a template needs beyond a plain export: a heading block, number ranges, a hidden sheet. */
class TemplateFeaturesTest {

  private static byte[] write(XlsxWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toByteArray();
  }

  private static XlsxWriter template() {
    XlsxWriter writer = new XlsxWriter();
    writer
        .sheet("Tự đánh giá")
        .boldRow(List.of("PHIẾU TỰ ĐÁNH GIÁ"))
        .row(List.of("Trường TH Phường 1"))
        .boldRow(List.of("Mã chỉ số", "Giá trị"))
        .freezeRows(3)
        .row(List.of("4725.1.6.1", ""))
        .decimalValidation(1, 3, 3, BigDecimal.ZERO, new BigDecimal("100"))
        .decimalValidation(1, 4, 4, BigDecimal.ONE, null)
        .decimalValidation(1, 5, 5, null, new BigDecimal("12.50"));
    writer.sheet("_edudx").hidden().row(List.of("unit", "NN-TH-01"));
    return writer;
  }

  @Test
  void freezesEveryRowAboveTheTableAndBoldsTheRowsAsked() throws Exception {
    byte[] xlsx = write(template());

    String sheet = Packages.part(xlsx, "xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("<pane ySplit=\"3\" topLeftCell=\"A4\"");
    assertThat(sheet).contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"");
    assertThat(sheet).contains("<c r=\"A2\" t=\"inlineStr\"");
    assertThat(sheet).contains("<c r=\"B3\" s=\"1\" t=\"inlineStr\"");
    assertThat(Packages.read(xlsx).sheet("Tự đánh giá").orElseThrow().rows())
        .containsExactly(
            List.of("PHIẾU TỰ ĐÁNH GIÁ"),
            List.of("Trường TH Phường 1"),
            List.of("Mã chỉ số", "Giá trị"),
            List.of("4725.1.6.1"));
  }

  @Test
  void writesNumberRangesWithOneOrTwoBounds() throws Exception {
    String sheet = Packages.part(write(template()), "xl/worksheets/sheet1.xml");

    assertThat(sheet)
        .contains(
            "<dataValidation type=\"decimal\" operator=\"between\" allowBlank=\"1\""
                + " showErrorMessage=\"1\" sqref=\"B4:B4\"><formula1>0</formula1>"
                + "<formula2>100</formula2></dataValidation>")
        .contains(
            "operator=\"greaterThanOrEqual\" allowBlank=\"1\" showErrorMessage=\"1\""
                + " sqref=\"B5:B5\"><formula1>1</formula1></dataValidation>")
        .contains("operator=\"lessThanOrEqual\"")
        .contains("<formula1>12.5</formula1>")
        .contains("<dataValidations count=\"3\">");
  }

  @Test
  void refusesARangeWithoutBoundsOrUpsideDown() {
    SheetBuilder sheet = new XlsxWriter().sheet("A");

    assertThatThrownBy(() -> sheet.decimalValidation(0, 1, 2, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sheet.decimalValidation(0, 1, 2, BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sheet.decimalValidation(0, 3, 2, BigDecimal.ONE, BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hidesASheetThatTheReaderStillReads() throws Exception {
    byte[] xlsx = write(template());

    assertThat(Packages.part(xlsx, "xl/workbook.xml"))
        .contains("<sheet name=\"_edudx\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>")
        .contains("<sheet name=\"Tự đánh giá\" sheetId=\"1\" r:id=\"rId1\"/>");
    assertThat(Packages.read(xlsx).sheet("_EDUDX").orElseThrow().rows())
        .containsExactly(List.of("unit", "NN-TH-01"));
  }

  @Test
  void refusesToHideTheFirstSheet() {
    XlsxWriter writer = new XlsxWriter();
    writer.sheet("_edudx").hidden();

    assertThatThrownBy(() -> write(writer))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be hidden");
  }

  @Test
  void countsRowsSoACallerKnowsWhereTheNextGoes() {
    SheetBuilder sheet = new XlsxWriter().sheet("A");
    assertThat(sheet.rowCount()).isZero();
    sheet.header(List.of("x")).row(List.of("a"));
    assertThat(sheet.rowCount()).isEqualTo(2);
  }
}
