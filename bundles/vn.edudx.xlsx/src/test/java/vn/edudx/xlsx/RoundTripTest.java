package vn.edudx.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer writes, the reader reads back cell for cell. */
class RoundTripTest {

  private static byte[] write(XlsxWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toByteArray();
  }

  private static XlsxWriter sampleWorkbook() {
    XlsxWriter writer = new XlsxWriter();
    writer
        .sheet("Chỉ số")
        .header(List.of("Mã", "Trường", "Mức", "Điểm", "Đạt"))
        .columnWidths(10, 30, 8)
        .freezeHeader()
        .listValidation(2, 1, 100, List.of("Mức 1", "Mức 2", "Mức 3"))
        .row(List.of("TC1", "Trường TH Vĩnh Quới", "Mức 3", 0.5, true))
        .row(Arrays.asList("TC2", null, "Mức 1", 12, false))
        .row(Arrays.asList("TC3", "Trường THCS Phú Tân", "", new BigDecimal("1234567.25"), null))
        .row(List.of(-3))
        .row(List.of())
        .row(Arrays.asList(null, null, "Mức 2"));
    writer
        .sheet("Ghi chú [2]".replace("[", "(").replace("]", ")"))
        .row(List.of("=1+1", "@SUM(A1)", "a & b < c > \"d\" 'e'", "  spaced  "))
        .row(List.of("line1\nline2\r\nline3", "_x0041_ stays", "tab\there", "bell\u0007gone"))
        .row(List.of(new BigDecimal("1E+3"), 1e20, Long.MAX_VALUE, 1.5e-10, 0.1f, -0.0))
        .row(List.of("😀 Ω", "ﬁ"));
    return writer;
  }

  @Test
  void readsBackEveryCell() throws Exception {
    Workbook book = Packages.read(write(sampleWorkbook()));

    assertThat(book.sheets()).extracting(Sheet::name).containsExactly("Chỉ số", "Ghi chú (2)");
    Sheet first = book.sheet("chỉ số").orElseThrow();
    assertThat(first.rows())
        .containsExactly(
            List.of("Mã", "Trường", "Mức", "Điểm", "Đạt"),
            List.of("TC1", "Trường TH Vĩnh Quới", "Mức 3", "0.5", "TRUE"),
            List.of("TC2", "", "Mức 1", "12", "FALSE"),
            List.of("TC3", "Trường THCS Phú Tân", "", "1234567.25"),
            List.of("-3"),
            List.of(),
            List.of("", "", "Mức 2"));
    assertThat(first.rowCount()).isEqualTo(7);
    assertThat(first.cell(1, 1)).isEqualTo("Trường TH Vĩnh Quới");
    assertThat(first.cell(3, 4)).isEmpty();
    assertThat(first.cell(5, 0)).isEmpty();
    assertThat(first.cell(99, 99)).isEmpty();

    Sheet second = book.sheets().get(1);
    assertThat(second.rows())
        .containsExactly(
            List.of("=1+1", "@SUM(A1)", "a & b < c > \"d\" 'e'", "  spaced  "),
            List.of("line1\nline2\r\nline3", "_x0041_ stays", "tab\there", "bellgone"),
            List.of(
                "1000",
                "100000000000000000000",
                "9223372036854775807",
                "0.00000000015",
                "0.1",
                "0"),
            List.of("😀 Ω", "ﬁ"));
  }

  @Test
  void writesHeaderValidationAndFrozenPane() throws Exception {
    byte[] xlsx = write(sampleWorkbook());
    String sheet = Packages.part(xlsx, "xl/worksheets/sheet1.xml");

    assertThat(sheet)
        .contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Mã</t></is></c>")
        .contains(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        .contains("<col min=\"2\" max=\"2\" width=\"30\" customWidth=\"1\"/>")
        .contains(
            "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\""
                + " sqref=\"C2:C101\"><formula1>\"Mức 1,Mức 2,Mức 3\"</formula1>")
        .contains("<c r=\"E2\" t=\"b\"><v>1</v></c>")
        .contains("<c r=\"D2\"><v>0.5</v></c>");
    assertThat(Packages.part(xlsx, "xl/styles.xml")).contains("<b/>");
  }

  @Test
  void marksFormulaLikeTextWithoutChangingIt() throws Exception {
    String escaped = Packages.part(write(sampleWorkbook()), "xl/worksheets/sheet2.xml");
    assertThat(escaped).contains("<c r=\"A1\" s=\"2\" t=\"inlineStr\"><is><t>=1+1</t></is></c>");

    String plain =
        Packages.part(write(sampleWorkbook().escapeFormulas(false)), "xl/worksheets/sheet2.xml");
    assertThat(plain).contains("<c r=\"A1\" t=\"inlineStr\"><is><t>=1+1</t></is></c>");
  }
}
