package vn.edudx.scoring.drools.internal.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.scoring.drools.internal.TestSets;
import vn.edudx.xlsx.Limits;
import vn.edudx.xlsx.Sheet;
import vn.edudx.xlsx.SheetBuilder;
import vn.edudx.xlsx.Workbook;
import vn.edudx.xlsx.XlsxReader;
import vn.edudx.xlsx.XlsxWriter;

/**
 * The definition as an office edits it: JSON with every mistake reported at once, and the XLSX
 * workbook that round-trips to the same definition and points at sheet and cell.
 */
class DefinitionFormatsTest {

  private static List<Problem> problems(String file, byte[] content) {
    try {
      new DefinitionReader().read(file, content);
    } catch (EduDxException e) {
      return e.problems();
    }
    throw new AssertionError("no problem reported for " + file);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "golden/golden-set.json",
        "golden/golden-authority.json",
        "indicator-sets/moet-4725-2022.json",
        "indicator-sets/moet-3806-2024.json",
        "indicator-sets/ngan-nam-plan-2023.json"
      })
  void aWorkbookExportedAndReadBackIsTheSameDefinition(String resource) {
    IndicatorSet set = TestSets.definition(resource);
    byte[] xlsx = WorkbookDefinition.write(set);

    IndicatorSet back = new DefinitionReader().read("back.xlsx", xlsx);

    assertThat(DefinitionReader.canonical(back)).isEqualTo(DefinitionReader.canonical(set));
    assertThat(WorkbookDefinition.write(back)).as("the same bytes again").isEqualTo(xlsx);
  }

  @Test
  void theCanonicalJsonDoesNotDependOnTheOrderSetsWereGivenIn() {
    IndicatorSet set = TestSets.definition("golden/golden-set.json");
    java.util.Set<vn.edudx.api.unit.SchoolLevel> reversed = new java.util.LinkedHashSet<>();
    List<vn.edudx.api.unit.SchoolLevel> levels = new ArrayList<>(set.schoolLevels());
    java.util.Collections.reverse(levels);
    reversed.addAll(levels);
    IndicatorSet same =
        new IndicatorSet(
            set.id(),
            set.version(),
            set.title(),
            set.legalBasis(),
            set.unitTypes(),
            reversed,
            set.levels(),
            set.rounding(),
            set.groups(),
            set.indicators(),
            set.note());

    assertThat(DefinitionReader.canonical(same)).isEqualTo(DefinitionReader.canonical(set));
    assertThat(DefinitionReader.canonical(set)).contains("\"TH\", \"THCS\", \"THPT\"");
  }

  @Test
  void aMalformedJsonDefinitionGetsEveryErrorAtOnceEachLocated() {
    String json =
        """
        {"id": "t", "version": 1, "title": {"vi": "t", "en": "t"},
         "unitTypes": ["SCHOOL"], "schoolLevels": ["TH"],
         "groups": [{"code": "G", "name": {"vi": "G", "en": "G"}, "maxPoints": 100,
           "levels": {"level2From": 50, "level3Above": 75, "capOnMandatoryFailure": 1},
           "criteria": [
             {"code": "1", "name": {"vi": "a", "en": "a"}, "type": "MAGIC", "maxPoints": 10, "input": "x"},
             {"code": "2", "name": {"vi": "b", "en": "b"}, "type": "YES_NO", "maxPoints": 120, "input": "nope"},
             {"code": "3", "name": {"vi": "c", "en": "c"}, "type": "BANDS", "maxPoints": 10, "input": "x",
              "bands": [{"from": 50, "points": 5}, {"from": 40, "points": 12}]}
           ]}],
         "indicators": [{"code": "x", "name": {"vi": "x", "en": "x"}, "type": "PERCENT"}]}
        """;

    List<Problem> problems = problems("bad.json", json.getBytes(StandardCharsets.UTF_8));

    assertThat(problems)
        .extracting(Problem::code)
        .contains(
            "definition.value.unknown",
            "definition.criterion.input",
            "definition.group.sum",
            "definition.criterion.band.order",
            "definition.criterion.band.points");
    Problem type =
        problems.stream()
            .filter(p -> p.code().equals("definition.value.unknown"))
            .findFirst()
            .orElseThrow();
    assertThat(type.field()).isEqualTo("groups[0].criteria[0].type");
    assertThat(type.row()).isEqualTo(6);
    assertThat(type.value()).isEqualTo("MAGIC");
    assertThat(type.hint().en()).contains("YES_NO").contains("AGGREGATE");
    assertThat(problems)
        .filteredOn(p -> p.code().equals("definition.group.sum"))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("groups.G.maxPoints"));
    assertThat(problems)
        .allSatisfy(
            p -> {
              assertThat(p.message().vi()).contains("bad.json");
              assertThat(p.hint().vi()).isNotBlank();
            });
  }

  @Test
  void aCycleInAWorkbookSumsIsFoundAndEveryProblemNamesItsSheetAndRow() throws Exception {
    Workbook book = goldenWorkbook();
    List<List<String>> criteria = editableRows(book, WorkbookDefinition.CRITERIA);
    // Row of A.8 (a sum) gets A.8.1 as its parent: A.8 -> A.8.1 -> A.8, a cycle.
    for (List<String> row : criteria) {
      if (row.get(1).equals("A.8")) {
        row.set(2, "A.8.1");
      }
      if (row.get(1).equals("A.5")) {
        row.set(5, "SOMETIMES");
        row.set(9, "40:5; eighty");
      }
    }
    byte[] edited = rewrite(book, WorkbookDefinition.CRITERIA, criteria);

    List<Problem> problems = problems("edited.xlsx", edited);

    assertThat(problems).extracting(Problem::code).contains("definition.cycle");
    Problem cycle =
        problems.stream()
            .filter(p -> p.code().equals("definition.cycle"))
            .findFirst()
            .orElseThrow();
    assertThat(cycle.field()).startsWith("Tiêu chí!C");
    assertThat(cycle.row()).isPositive();
    assertThat(problems)
        .filteredOn(p -> p.code().equals("definition.value.unknown"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).startsWith("Tiêu chí!F");
              assertThat(p.value()).isEqualTo("SOMETIMES");
            });
    assertThat(problems).extracting(Problem::code).contains("definition.bands.format");
  }

  @Test
  void whatTheChecksFindInAWorkbookPointsAtItsSheetAndCell() throws Exception {
    Workbook book = goldenWorkbook();
    List<List<String>> criteria = editableRows(book, WorkbookDefinition.CRITERIA);
    int rowOfA3 = -1;
    for (int i = 0; i < criteria.size(); i++) {
      List<String> row = criteria.get(i);
      if (row.get(1).equals("A.3")) {
        rowOfA3 = i;
        row.set(6, "25"); // maxPoints: the group no longer adds up to 100
        row.set(7, "g.none"); // input: no such indicator
      }
    }

    List<Problem> problems =
        problems("edited.xlsx", rewrite(book, WorkbookDefinition.CRITERIA, criteria));
    int row = rowOfA3 + 1;

    assertThat(problems)
        .filteredOn(p -> p.code().equals("definition.criterion.input"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("Tiêu chí!H" + row);
              assertThat(p.row()).isEqualTo(row);
              assertThat(p.column()).isEqualTo(8);
            });
    assertThat(problems)
        .filteredOn(p -> p.code().equals("definition.group.sum"))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("Nhóm!D2"));
  }

  @Test
  void aFileThatIsNeitherJsonNorAWorkbookIsRefusedWithAReason() {
    assertThat(problems("notes.txt", "Mã đơn vị;Năm học".getBytes(StandardCharsets.UTF_8)))
        .extracting(Problem::code)
        .containsExactly("definition.format");
    assertThat(problems("empty.json", new byte[0]))
        .extracting(Problem::code)
        .containsExactly("definition.empty");
    assertThatThrownBy(
            () -> new DefinitionReader().read("zip.xlsx", new byte[] {'P', 'K', 3, 4, 0}))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::code)
                    .containsExactly("definition.xlsx"));
  }

  /** The golden set as the workbook EduDX exports. */
  private static Workbook goldenWorkbook() throws Exception {
    byte[] xlsx = WorkbookDefinition.write(TestSets.definition("golden/golden-set.json"));
    return XlsxReader.read(new java.io.ByteArrayInputStream(xlsx), Limits.DEFAULTS);
  }

  /** A sheet's rows as lists a test may edit, each as wide as the header. */
  private static List<List<String>> editableRows(Workbook book, String sheet) {
    List<List<String>> rows = new ArrayList<>();
    Sheet s = book.sheet(sheet).orElseThrow();
    int width = s.rows().get(0).size();
    for (List<String> row : s.rows()) {
      List<String> copy = new ArrayList<>(row);
      while (copy.size() < width) {
        copy.add("");
      }
      rows.add(copy);
    }
    return rows;
  }

  /** The same workbook with one sheet's rows replaced. */
  private static byte[] rewrite(Workbook book, String sheet, List<List<String>> rows)
      throws IOException {
    XlsxWriter w = new XlsxWriter();
    for (Sheet s : book.sheets()) {
      SheetBuilder b = w.sheet(s.name());
      for (List<String> row : s.name().equals(sheet) ? rows : s.rows()) {
        b.row(row);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    return out.toByteArray();
  }
}
