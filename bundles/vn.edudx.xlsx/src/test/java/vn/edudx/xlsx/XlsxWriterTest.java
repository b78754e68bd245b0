package vn.edudx.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The writer's promises: same input, same bytes; and mistakes refused where they are made. */
class XlsxWriterTest {

  private static byte[] write(XlsxWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toByteArray();
  }

  private static XlsxWriter export() {
    XlsxWriter writer = new XlsxWriter();
    writer
        .sheet("Kết quả")
        .header(List.of("Trường", "Điểm"))
        .freezeHeader()
        .row(List.of("Trường TH Vĩnh Quới", 8.5));
    writer.sheet("Ghi chú").row(List.of("Mức 3", true));
    return writer;
  }

  @Test
  void writesTheSameBytesEveryTime() throws IOException {
    XlsxWriter writer = export();

    byte[] first = write(writer);
    assertThat(write(writer)).isEqualTo(first);
    assertThat(write(export())).isEqualTo(first);
  }

  @Test
  void writesTheSameBytesInEveryTimeZone() throws IOException {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      byte[] utc = write(export());
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
      assertThat(write(export())).isEqualTo(utc);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void leavesTheOutputStreamOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    export().write(out);
    assertThat(closed[0]).isFalse();
    assertThat(out.size()).isPositive();
  }

  @Test
  void refusesListsExcelCannotHold() {
    SheetBuilder sheet = new XlsxWriter().sheet("Mẫu");
    List<String> long1 =
        IntStream.range(0, 40).mapToObj(i -> "Giá trị " + i).collect(Collectors.toList());

    assertThatThrownBy(() -> sheet.listValidation(0, 1, 10, long1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("255");
    assertThatThrownBy(() -> sheet.listValidation(0, 1, 10, List.of("a,b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sheet.listValidation(0, 1, 10, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sheet.listValidation(0, 5, 1, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesSheetNamesExcelRefuses() {
    XlsxWriter writer = new XlsxWriter();
    writer.sheet("Chỉ số");

    for (String bad : List.of("", "a/b", "a[1]", "x".repeat(32), "'quoted'", "CHỈ SỐ", "History")) {
      assertThatThrownBy(() -> writer.sheet(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void refusesValuesItCannotWrite() {
    SheetBuilder sheet = new XlsxWriter().sheet("Dữ liệu");

    assertThatThrownBy(() -> sheet.row(List.of(LocalDate.of(2024, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A1");
    assertThatThrownBy(() -> sheet.row(List.of("ok", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("B1");
    assertThatThrownBy(() -> sheet.row(List.of("x".repeat(32_768))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sheet.row(Collections.nCopies(16_385, "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new XlsxWriter().write(new ByteArrayOutputStream()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writesAPackageExcelRecognises() throws IOException {
    byte[] xlsx = write(export());

    assertThat(Packages.part(xlsx, "[Content_Types].xml"))
        .contains("PartName=\"/xl/worksheets/sheet2.xml\"");
    assertThat(Packages.part(xlsx, "xl/workbook.xml"))
        .contains("<sheet name=\"Kết quả\" sheetId=\"1\" r:id=\"rId1\"/>");
    assertThat(Packages.part(xlsx, "xl/_rels/workbook.xml.rels")).contains("Target=\"styles.xml\"");
  }
}
