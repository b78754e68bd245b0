package vn.edudx.scoring.drools.internal.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Confidence;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.scoring.drools.internal.Moet4725;

class DefinitionReaderTest {

  @Test
  void theShippedMoet4725SetHasBothGroupsOfAHundredPointsAndEveryReferenceCriterion() {
    IndicatorSet set = Moet4725.definition();

    assertThat(set.groups()).extracting(g -> g.code()).containsExactly("G1", "G2");
    assertThat(set.groups()).allSatisfy(g -> assertThat(g.maxPoints()).isEqualByComparingTo("100"));
    assertThat(set.allCriteria())
        .extracting(Criterion::code)
        .containsExactly(
            "1.1", "1.2", "1.3", "1.3.1", "1.3.2", "1.3.3", "1.3.4", "1.3.5", "1.4", "1.5", "1.5.1",
            "1.5.2", "1.6", "1.6.1", "1.6.2", "1.6.3", "1.7", "1.7.1", "1.7.2", "1.7.3", "2.1",
            "2.2", "2.3", "2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.3.5", "2.3.6", "2.3.7", "2.3.8",
            "2.4", "2.4.1", "2.4.2", "2.4.3", "2.5");
    assertThat(set.allCriteria().stream().filter(c -> c.type() == CriterionType.MANDATORY))
        .extracting(Criterion::code)
        .containsExactly("1.1", "1.2", "2.1", "2.2");
    assertThat(set.groups().get(0).levels().level2From()).isEqualByComparingTo("50");
    assertThat(set.groups().get(0).levels().level3Above()).isEqualByComparingTo("75");
    assertThat(set.schoolLevels()).doesNotContain(SchoolLevel.MN);
  }

  @Test
  void unverifiedValuesCarryTheirTagSoTheOfficeSeesWhatToCheck() {
    IndicatorSet set = Moet4725.definition();
    Criterion provisional =
        set.allCriteria().stream().filter(c -> c.code().equals("2.5")).findFirst().orElseThrow();

    assertThat(provisional.confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(provisional.maxPoints()).isEqualByComparingTo(BigDecimal.TEN);
    assertThat(provisional.note()).contains("[?]");
    assertThat(set.allCriteria()).filteredOn(c -> c.confidence() == Confidence.S).isNotEmpty();
    assertThat(set.allCriteria()).filteredOn(c -> c.confidence() == Confidence.M).isNotEmpty();
  }

  @Test
  void aBrokenDefinitionReportsEveryProblemAtOnceWithWhereItIs() {
    String json =
        """
        {"id": "local set!", "version": 1, "title": {"vi": "x", "en": "x"},
         "unitTypes": ["SCHOOL"], "schoolLevels": ["TH"],
         "indicators": [{"code": "a", "name": {"vi": "a", "en": "a"}, "type": "TEXT"}],
         "groups": [{"code": "G1", "name": {"vi": "g", "en": "g"}, "maxPoints": 100,
            "levels": {"level2From": 50, "level3Above": 75, "capOnMandatoryFailure": 1},
            "criteria": [
              {"code": "1", "name": {"vi": "c", "en": "c"}, "type": "YES_NO", "maxPoints": 60,
               "input": "a"},
              {"code": "2", "name": {"vi": "d", "en": "d"}, "type": "PERCENT", "maxPoints": 30,
               "input": "missing"}]}]}
        """;

    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::code, Problem::field)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("definition.code", "id"),
                        org.assertj.core.groups.Tuple.tuple(
                            "definition.criterion.input.type", "groups.G1.criteria.1.input"),
                        org.assertj.core.groups.Tuple.tuple(
                            "definition.criterion.input", "groups.G1.criteria.2.input"),
                        org.assertj.core.groups.Tuple.tuple(
                            "definition.group.sum", "groups.G1.maxPoints")));
  }

  @Test
  void missingLevelThresholdsAndAnImpossibleCapAreProblemsNotCrashes() {
    String json =
        """
        {"id": "s", "version": 1, "title": {"vi": "x", "en": "x"},
         "unitTypes": ["SCHOOL"], "schoolLevels": ["TH"],
         "indicators": [{"code": "a", "name": {"vi": "a", "en": "a"}, "type": "BOOLEAN"}],
         "groups": [{"code": "G1", "maxPoints": 10,
            "levels": {"level3Above": 7},
            "criteria": [{"code": "1", "name": {"vi": "c", "en": "c"}, "type": "YES_NO",
                          "maxPoints": 10, "input": "a"}]}]}
        """;

    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::code, Problem::field)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                            "definition.required", "groups.G1.name"),
                        org.assertj.core.groups.Tuple.tuple(
                            "definition.required", "groups.G1.levels.level2From"),
                        org.assertj.core.groups.Tuple.tuple(
                            "definition.levels.cap", "groups.G1.levels.capOnMandatoryFailure")));
  }

  @Test
  void aSyntaxErrorPointsToTheLineAndColumnInBothLanguages() {
    assertThatThrownBy(() -> read("{\"id\": \"x\",\n \"version\": \"one\"}"))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              Problem p = e.problems().get(0);
              assertThat(p.code()).isEqualTo("definition.syntax");
              assertThat(p.field()).isEqualTo("version");
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.message().vi()).contains("test.json");
              assertThat(p.message().en()).contains("test.json");
            });
  }

  private static IndicatorSet read(String json) {
    return new DefinitionReader()
        .read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
