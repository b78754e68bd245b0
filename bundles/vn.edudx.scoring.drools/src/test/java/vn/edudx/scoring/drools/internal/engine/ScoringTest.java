package vn.edudx.scoring.drools.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Outcome;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.scoring.drools.internal.Moet4725;

/** The MOET 4725 rules, compiled from the shipped definition, on hand-computed cases. */
class ScoringTest {

  private static final String PERIOD = "2024-2025";
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private long nextId = 1;

  private static OrgUnit school(String code) {
    return new OrgUnit(code, code, UnitType.SCHOOL, SchoolLevel.TH, null, null, null, null, "t");
  }

  private Observation obs(String unit, String criterion, String value) {
    return new Observation(
        nextId++,
        unit,
        PERIOD,
        "4725." + criterion,
        value,
        "https://example.edu.vn/" + criterion,
        null,
        new Provenance(9, "file", "default", "s.csv", 4, NOW, "system"));
  }

  /** Every input of the set answered: yes for yes/no, the given percentage for ratios. */
  private List<Observation> everything(String unit, boolean yes, String percent) {
    List<Observation> all = new ArrayList<>();
    for (Criterion c : Moet4725.definition().allCriteria()) {
      if (c.type() == CriterionType.PERCENT) {
        all.add(obs(unit, c.code(), percent));
      } else if (c.type() != CriterionType.SUM) {
        all.add(obs(unit, c.code(), Boolean.toString(yes)));
      }
    }
    return all;
  }

  private Score score(OrgUnit unit, List<Observation> values) {
    return run(List.of(unit), values).get(0);
  }

  /** Scores with the generated rules, and checks that the reference evaluator agrees. */
  static List<Score> run(List<OrgUnit> units, List<Observation> values) {
    CompiledSet c = Moet4725.compiled();
    List<UnitInput> in = c.inputs(units, values, PERIOD);
    List<Score> drools = c.score(in, PERIOD, NOW);
    assertThat(c.scoreByReference(in, PERIOD, NOW)).isEqualTo(drools);
    return drools;
  }

  private static CriterionScore find(GroupScore g, String code) {
    List<CriterionScore> queue = new ArrayList<>(g.criteria());
    while (!queue.isEmpty()) {
      CriterionScore c = queue.remove(0);
      if (c.code().equals(code)) {
        return c;
      }
      queue.addAll(c.children());
    }
    throw new AssertionError("no criterion " + code);
  }

  @Test
  void everythingInPlaceGivesAHundredPointsAndLevelThreeInBothGroups() {
    Score s = score(school("S1"), everything("S1", true, "100"));

    assertThat(s.groups()).extracting(GroupScore::level).containsExactly(3, 3);
    assertThat(s.groups()).allSatisfy(g -> assertThat(g.points()).isEqualByComparingTo("100"));
    assertThat(s.setId()).isEqualTo("moet-4725-2022");
    assertThat(s.setVersion()).isEqualTo(1);
  }

  @Test
  void aPercentageGivesTheSameShareOfTheMaximumAndSaysSo() {
    List<Observation> values = everything("S1", true, "100");
    values.removeIf(o -> o.indicatorCode().equals("4725.1.7.1"));
    values.add(obs("S1", "1.7.1", "62.5"));

    GroupScore g1 = score(school("S1"), values).group("G1").orElseThrow();
    CriterionScore c = find(g1, "1.7.1");

    // 62.5 % of 8 points = 5 points; the group loses 3.
    assertThat(c.points()).isEqualByComparingTo("5.00");
    assertThat(c.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(c.rule()).isEqualTo("moet-4725-2022@1 1.7.1 share");
    assertThat(c.explanation().vi()).contains("62,5%").contains("5 điểm");
    assertThat(c.explanation().en()).contains("62.5%").contains("5 points");
    assertThat(c.inputs())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.indicator()).isEqualTo("4725.1.7.1");
              assertThat(i.unit()).isEqualTo("S1");
              assertThat(i.value()).isEqualTo("62.5");
              assertThat(i.provenance().origin()).isEqualTo("s.csv");
              assertThat(i.evidence()).endsWith("1.7.1");
            });
    assertThat(find(g1, "1.7").points()).isEqualByComparingTo("17");
    assertThat(g1.points()).isEqualByComparingTo("97");
  }

  @Test
  void levelsFollowTheThresholdsFiftyAndSeventyFiveInclusive() {
    // Percentages only: G1 has 10+15+7+7+6+8+7 = 60 points of ratios, yes/no 40.
    List<Observation> values = everything("S1", false, "0");
    values.removeIf(o -> o.indicatorCode().matches("4725\\.(1\\.1|1\\.2|2\\.1|2\\.2)"));
    values.add(obs("S1", "1.1", "true"));
    values.add(obs("S1", "1.2", "true"));
    values.add(obs("S1", "2.1", "true"));
    values.add(obs("S1", "2.2", "true"));
    // G1: 1.3 yes/no all 30 points (6 x 5) + 1.5.2 5 + 1.7.3 5 = 40, plus 1.4 at 100 % = 50.
    for (String c : List.of("1.3.1", "1.3.2", "1.3.3", "1.3.4", "1.3.5", "1.5.2", "1.7.3")) {
      values.removeIf(o -> o.indicatorCode().equals("4725." + c));
      values.add(obs("S1", c, "true"));
    }
    values.removeIf(o -> o.indicatorCode().equals("4725.1.4"));
    values.add(obs("S1", "1.4", "100"));

    GroupScore exactlyFifty = score(school("S1"), values).group("G1").orElseThrow();
    assertThat(exactlyFifty.points()).isEqualByComparingTo("50");
    assertThat(exactlyFifty.level()).isEqualTo(2);

    // 1.5.1 at 100 % adds 15 (65), 1.6.1 at 100 % adds 7 (72), 1.6.3 at 50 % adds 3: exactly 75.
    for (String[] c : new String[][] {{"1.5.1", "100"}, {"1.6.1", "100"}, {"1.6.3", "50"}}) {
      values.removeIf(o -> o.indicatorCode().equals("4725." + c[0]));
      values.add(obs("S1", c[0], c[1]));
    }
    GroupScore seventyFive = score(school("S1"), values).group("G1").orElseThrow();
    assertThat(seventyFive.points()).isEqualByComparingTo("75");
    assertThat(seventyFive.level()).isEqualTo(2);

    // 0.5 more (1.6.2 at 7.15 % of 7 points = 0.5005, rounded 0.50) passes 75: level 3.
    values.removeIf(o -> o.indicatorCode().equals("4725.1.6.2"));
    values.add(obs("S1", "1.6.2", "7.15"));
    GroupScore above = score(school("S1"), values).group("G1").orElseThrow();
    assertThat(above.points()).isEqualByComparingTo("75.50");
    assertThat(above.level()).isEqualTo(3);
    assertThat(above.levelExplanation().vi()).contains("75,5").contains("Mức 3");
  }

  @Test
  void aFailedMandatoryConditionCapsTheGroupAtLevelOneAndSaysWhy() {
    List<Observation> values = everything("S1", true, "100");
    values.removeIf(o -> o.indicatorCode().equals("4725.2.1"));
    values.add(obs("S1", "2.1", "false"));

    Score s = score(school("S1"), values);
    GroupScore g2 = s.group("G2").orElseThrow();

    assertThat(g2.points()).isEqualByComparingTo("100");
    assertThat(g2.level()).isEqualTo(1);
    assertThat(g2.failedMandatory()).containsExactly("2.1");
    assertThat(g2.levelExplanation().vi()).contains("2.1").contains("Mức 1");
    assertThat(find(g2, "2.1").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(find(g2, "2.1").rule()).isEqualTo("moet-4725-2022@1 2.1 failed");
    assertThat(s.group("G1").orElseThrow().level()).isEqualTo(3);
  }

  @Test
  void missingInputsGiveNoPointsAreListedAndAMissingMandatoryConditionCountsAsNotMet() {
    Score s = score(school("S1"), List.of(obs("S1", "1.3.1", "true")));
    GroupScore g1 = s.group("G1").orElseThrow();

    assertThat(g1.points()).isEqualByComparingTo("6");
    assertThat(g1.missingInputs()).contains("4725.1.1", "4725.1.4").doesNotContain("4725.1.3.1");
    assertThat(g1.failedMandatory()).containsExactly("1.1", "1.2");
    assertThat(find(g1, "1.4").outcome()).isEqualTo(Outcome.MISSING);
    assertThat(find(g1, "1.4").explanation().en()).contains("No value");
    assertThat(find(g1, "1.3").outcome()).isEqualTo(Outcome.PARTIAL);
  }

  @Test
  void manyUnitsInOneSessionKeepTheirOwnValues() {
    List<Observation> values = new ArrayList<>(everything("A", true, "100"));
    values.addAll(everything("B", false, "0"));

    List<Score> scores = run(List.of(school("A"), school("B")), values);

    Map<String, Score> byUnit =
        Map.of(scores.get(0).unitCode(), scores.get(0), scores.get(1).unitCode(), scores.get(1));
    assertThat(byUnit.get("A").total()).isEqualByComparingTo("200");
    assertThat(byUnit.get("B").total()).isEqualByComparingTo("0");
    assertThat(byUnit.get("B").groups()).extracting(GroupScore::level).containsExactly(1, 1);
  }

  @Test
  void theGeneratedRulesNameEveryCaseAndCarryNoDefinitionText() {
    String drl = Moet4725.compiled().drl();

    assertThat(drl).contains("rule \"moet-4725-2022@1 1.1 passed\"");
    assertThat(drl).contains("rule \"moet-4725-2022@1 2.4.3 missing\"");
    // 4 mandatory conditions and 18 yes/no criteria have 3 rules each, 8 percentages have 2.
    assertThat(Moet4725.compiled().ruleCount()).isEqualTo(3 * 4 + 3 * 18 + 2 * 8);
    // Names and notes are only ever written into comments.
    assertThat(drl.lines().filter(l -> !l.strip().startsWith("//")))
        .allSatisfy(l -> assertThat(l).matches("[\\x20-\\x7E]*"));
  }
}
