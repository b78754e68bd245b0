package vn.edudx.scoring.drools.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.Advice;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.scoring.drools.internal.TestSets;

/** The hand-written data-quality rules shipped with the MOET rule bundle. */
class AdviceTest {

  private static final String PERIOD = "2024-2025";

  private static AdviceBase shipped() throws IOException {
    try (InputStream in =
        AdviceTest.class.getClassLoader().getResourceAsStream("rules/data-quality-4725.drl")) {
      return AdviceBase.compile(
          "test/data-quality-4725.drl",
          "data-quality-4725.drl",
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          AdviceTest.class.getClassLoader());
    }
  }

  private static Observation value(String unit, String indicator, String value) {
    return TestSets.observation(1, unit, indicator, value);
  }

  @Test
  void inconsistentFiguresGetANoteNamingTheRuleAndTheIndicatorsInBothLanguages()
      throws IOException {
    CompiledSet moet = TestSets.compiled("indicator-sets/moet-4725-2022.json");
    OrgUnit a = new OrgUnit("A", "A", UnitType.SCHOOL, SchoolLevel.TH, null, null, null, null, "t");
    OrgUnit b = new OrgUnit("B", "B", UnitType.SCHOOL, SchoolLevel.TH, null, null, null, null, "t");
    List<Observation> values = new ArrayList<>();
    values.add(value("A", "4725.1.4", "80"));
    values.add(value("A", "4725.1.6.3", "0"));
    values.add(value("B", "4725.1.4", "80"));
    values.add(value("B", "4725.1.6.3", "35"));
    List<UnitInput> in = moet.inputs(List.of(a, b), values, PERIOD);

    Advisor advisor = new Advisor();
    shipped().advise(in, advisor);

    assertThat(advisor.of("A"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.rule()).isEqualTo("dq-4725 materials without authors");
              assertThat(n.kind()).isEqualTo(Advice.Kind.DATA_QUALITY);
              assertThat(n.indicators()).containsExactly("4725.1.4", "4725.1.6.3");
              assertThat(n.message().vi()).contains("1.6.3");
              assertThat(n.message().en()).contains("check both figures");
            });
    assertThat(advisor.of("B")).isEmpty();
  }

  @Test
  void aSchoolWithEveryPercentageAtAHundredIsFlaggedForTheOffice() throws IOException {
    CompiledSet moet = TestSets.compiled("indicator-sets/moet-4725-2022.json");
    OrgUnit c = new OrgUnit("C", "C", UnitType.SCHOOL, SchoolLevel.TH, null, null, null, null, "t");
    List<Observation> values = new ArrayList<>();
    for (String indicator : List.of("4725.1.4", "4725.1.5.1", "4725.1.6.3", "4725.2.4.3")) {
      values.add(value("C", indicator, "100"));
    }
    values.add(value("C", "4725.1.3.1", "true"));

    Advisor advisor = new Advisor();
    shipped().advise(moet.inputs(List.of(c), values, PERIOD), advisor);

    assertThat(advisor.of("C"))
        .extracting(Advice::rule)
        .containsExactly("dq-4725 every percentage at 100");
  }
}
