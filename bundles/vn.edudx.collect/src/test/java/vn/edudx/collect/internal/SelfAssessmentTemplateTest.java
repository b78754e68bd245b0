package vn.edudx.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.indicator.Confidence;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.LevelThresholds;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.Workbook;
import vn.edudx.xlsx.XlsxReader;

class SelfAssessmentTemplateTest {

  static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"<script>alert(1)</script>\")";

  private final SelfAssessmentTemplate templates = new SelfAssessmentTemplate();

  /** The test set, plus a count that only lower-secondary schools report, with a hostile name. */
  static IndicatorSet set() {
    IndicatorSet base = Fakes.set();
    LocalizedText n = LocalizedText.of("x");
    Criterion thcsOnly =
        new Criterion(
            "3",
            new LocalizedText("Số phòng học bộ môn", "Subject rooms"),
            CriterionType.COUNT,
            BigDecimal.valueOf(2),
            "t.rooms",
            null,
            List.of(new Criterion.Band(BigDecimal.ONE, BigDecimal.valueOf(2))),
            null,
            null,
            Set.of(SchoolLevel.THCS),
            null,
            null,
            new LocalizedText("Quyết định thành lập phòng", "The decision creating the rooms"),
            null,
            Confidence.S,
            "Kiểm tra lại");
    IndicatorGroup g = base.groups().get(0);
    List<Criterion> criteria = List.of(g.criteria().get(0), g.criteria().get(1), thcsOnly);
    List<Indicator> indicators =
        List.of(
            base.indicators().get(0),
            base.indicators().get(1),
            base.indicators().get(2),
            new Indicator(
                "t.rooms",
                new LocalizedText(HOSTILE, "<b>rooms</b>"),
                ValueType.NUMBER,
                BigDecimal.ZERO,
                BigDecimal.valueOf(50),
                "phòng",
                null));
    return new IndicatorSet(
        base.id(),
        base.version(),
        new LocalizedText("Bộ chỉ số thử", "Test set"),
        "test",
        base.unitTypes(),
        base.schoolLevels(),
        null,
        null,
        List.of(
            new IndicatorGroup(
                "G1",
                n,
                BigDecimal.TEN,
                new LevelThresholds(BigDecimal.valueOf(5), BigDecimal.valueOf(7), 1),
                criteria)),
        indicators,
        null);
  }

  static Observation value(String unit, String indicator, String value, String evidence) {
    return new Observation(
        1,
        unit,
        "2024-2025",
        indicator,
        value,
        evidence,
        null,
        new Provenance(1, "file", "inbox", "x.csv", 2, Instant.EPOCH, "t"));
  }

  private byte[] template(OrgUnit unit, List<Observation> current) {
    return templates.template(set(), unit, "2024-2025", LocalDate.of(2025, 5, 31), current);
  }

  static Workbook read(byte[] xlsx) throws Exception {
    return XlsxReader.read(new ByteArrayInputStream(xlsx), Limits.DEFAULTS);
  }

  static String part(byte[] xlsx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }

  @Test
  void headsTheSheetWithTheSetTheSchoolTheYearAndTheDeadlineThenTheColumns() throws Exception {
    Sheet sheet =
        read(template(Fakes.school("TH01", SchoolLevel.TH), List.of()))
            .sheet("Tự đánh giá")
            .orElseThrow();

    assertThat(sheet.cell(0, 0)).isEqualTo("PHIẾU TỰ ĐÁNH GIÁ: Bộ chỉ số thử");
    assertThat(sheet.cell(1, 0)).isEqualTo("Self-assessment workbook: Test set");
    assertThat(sheet.cell(2, 0)).contains("Trường TH01", "TH01");
    assertThat(sheet.cell(3, 0)).contains("2024-2025", "31/05/2025");
    assertThat(sheet.cell(4, 0)).startsWith("Hướng dẫn");
    assertThat(sheet.cell(5, 0)).startsWith("How to fill it in");
    assertThat(sheet.rows().get(6))
        .containsExactly(
            "STT",
            "Mã chỉ số",
            "Nhóm / Tiêu chí",
            "Nội dung",
            "Hướng dẫn",
            "Giá trị",
            "Minh chứng (link)",
            "Ghi chú");
  }

  @Test
  void listsOnlyTheIndicatorsOfTheSchoolsLevel() throws Exception {
    Sheet primary = read(template(Fakes.school("TH01", SchoolLevel.TH), List.of())).sheets().get(0);
    Sheet lower =
        read(template(Fakes.school("THCS01", SchoolLevel.THCS), List.of())).sheets().get(0);

    assertThat(codes(primary)).containsExactly("t.yes", "t.pct", "t.choice");
    assertThat(codes(lower)).containsExactly("t.yes", "t.pct", "t.choice", "t.rooms");
    assertThat(lower.cell(10, 0)).isEqualTo("4");
    assertThat(lower.cell(10, 2)).isEqualTo("G1 / 3: Số phòng học bộ môn");
  }

  private static List<String> codes(Sheet sheet) {
    return sheet.rows().subList(7, sheet.rowCount()).stream().map(r -> r.get(1)).toList();
  }

  @Test
  void explainsWhatToEnterHowItIsScoredAndTheEvidenceInBothLanguages() throws Exception {
    Sheet sheet =
        read(template(Fakes.school("THCS01", SchoolLevel.THCS), List.of())).sheets().get(0);

    assertThat(sheet.cell(7, 4)).contains("Chọn Có hoặc Không", "tối đa 4 điểm", "Choose Có");
    assertThat(sheet.cell(8, 4)).contains("0–100 %");
    assertThat(sheet.cell(9, 4)).contains("FULL; PART");
    assertThat(sheet.cell(10, 4))
        .contains("0–50 phòng", "Minh chứng: Quyết định thành lập phòng", "Lưu ý: Kiểm tra lại")
        .contains("Evidence: The decision creating the rooms");
  }

  @Test
  void offersDropDownsAndNumberRangesOnTheValueCells() throws Exception {
    String xml =
        part(
            template(Fakes.school("THCS01", SchoolLevel.THCS), List.of()),
            "xl/worksheets/sheet1.xml");

    assertThat(xml)
        .contains("sqref=\"F8:F8\"><formula1>\"Có,Không\"</formula1>")
        .contains(
            "<dataValidation type=\"decimal\" operator=\"between\" allowBlank=\"1\""
                + " showErrorMessage=\"1\" sqref=\"F9:F9\"><formula1>0</formula1>"
                + "<formula2>100</formula2>")
        .contains("sqref=\"F10:F10\"><formula1>\"FULL,PART\"</formula1>")
        .contains("sqref=\"F11:F11\"><formula1>0</formula1><formula2>50</formula2>")
        .contains("<pane ySplit=\"7\" topLeftCell=\"A8\"")
        .contains("<col min=\"4\" max=\"4\" width=\"50\" customWidth=\"1\"/>");
  }

  @Test
  void isPrefilledWithTheSchoolsCurrentValuesOnly() throws Exception {
    Sheet sheet =
        read(template(
                Fakes.school("TH01", SchoolLevel.TH),
                List.of(
                    value("TH01", "t.yes", "true", "https://th01.edu.vn/kh"),
                    value("TH01", "t.pct", "85.5", null),
                    value("TH02", "t.choice", "FULL", null))))
            .sheets()
            .get(0);

    assertThat(sheet.rows().get(7).subList(5, 7)).containsExactly("Có", "https://th01.edu.vn/kh");
    assertThat(sheet.cell(8, 5)).isEqualTo("85.5");
    assertThat(sheet.cell(9, 5)).isEmpty();
  }

  @Test
  void keepsTheSetTheSchoolAndThePeriodInAHiddenSheet() throws Exception {
    byte[] xlsx = template(Fakes.school("TH01", SchoolLevel.TH), List.of());

    assertThat(read(xlsx).sheet("_edudx").orElseThrow().rows())
        .containsExactly(
            List.of("format", "edudx.self-assessment"),
            List.of("set", "test-set"),
            List.of("setVersion", "1"),
            List.of("unit", "TH01"),
            List.of("period", "2024-2025"),
            List.of("sheet", "Tự đánh giá"));
    assertThat(part(xlsx, "xl/workbook.xml"))
        .contains("name=\"_edudx\" sheetId=\"2\" state=\"hidden\"");
  }

  @Test
  void writesAHostileNameAsTextThatExcelNeverRuns() throws Exception {
    byte[] xlsx = template(Fakes.school("THCS01", SchoolLevel.THCS), List.of());

    assertThat(read(xlsx).sheets().get(0).cell(10, 3)).isEqualTo(HOSTILE);
    String xml = part(xlsx, "xl/worksheets/sheet1.xml");
    // Inline string with the quote-prefix style; markup escaped, never a <f> formula element.
    assertThat(xml)
        .contains("<c r=\"D11\" s=\"2\" t=\"inlineStr\"><is><t>=HYPERLINK(")
        .contains("&lt;script&gt;")
        .doesNotContain("<f>")
        .doesNotContain("<script>");
  }

  @Test
  void refusesASetThatDoesNotCoverTheUnit() {
    assertThatThrownBy(() -> template(Fakes.school("MN01", SchoolLevel.MN), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
