package vn.edudx.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text that a spreadsheet program would run as a formula is defused for CSV exports. */
class CellsTest {

  @Test
  void prefixesFormulaLikeText() {
    assertThat(Cells.safeText("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(Cells.safeText("+1")).isEqualTo("'+1");
    assertThat(Cells.safeText("-2+3")).isEqualTo("'-2+3");
    assertThat(Cells.safeText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Cells.safeText("\t=1")).isEqualTo("'\t=1");
    assertThat(Cells.safeText("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void leavesOtherTextAlone() {
    assertThat(Cells.safeText("Trường TH Vĩnh Quới")).isEqualTo("Trường TH Vĩnh Quới");
    assertThat(Cells.safeText("a=b")).isEqualTo("a=b");
    assertThat(Cells.safeText(" =1")).isEqualTo(" =1");
    assertThat(Cells.safeText("")).isEmpty();
    assertThat(Cells.safeText(null)).isEmpty();
  }
}
