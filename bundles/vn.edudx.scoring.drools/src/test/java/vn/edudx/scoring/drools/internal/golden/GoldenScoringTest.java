package vn.edudx.scoring.drools.internal.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.scoring.drools.internal.golden.Fixture.criterion;
import static vn.edudx.scoring.drools.internal.golden.Fixture.school;
import static vn.edudx.scoring.drools.internal.golden.Fixture.score;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.NextLevel;
import vn.edudx.api.score.Outcome;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.scoring.drools.internal.TestSets;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;

/**
 * Every scoring type on hand-computed cases (src/test/resources/golden/golden-set.json). Each case
 * is scored by the generated rules and by the reference evaluator, which must agree.
 */
class GoldenScoringTest {

  private static CompiledSet golden() {
    return TestSets.compiled("golden/golden-set.json");
  }

  /** The values of a primary school that answers every kind of criterion, part-way. */
  static Map<String, String> partWay() {
    Map<String, String> v = new HashMap<>();
    v.put("g.m", "true");
    v.put("g.yes", "true");
    v.put("g.pct", "62.5");
    v.put("g.num", "1");
    v.put("g.den", "3");
    v.put("g.band", "60");
    v.put("g.count", "4");
    v.put("g.choice", "PART");
    v.put("g.thpt", "true");
    v.put("g.th", "true");
    v.put("g.thcs", "true");
    v.put("g.m2", "true");
    v.put("g.m3", "true");
    v.put("g.b", "true");
    return v;
  }

  static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> v = new HashMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] == null) {
        v.remove(pairs[i]);
      } else {
        v.put(pairs[i], pairs[i + 1]);
      }
    }
    return v;
  }

  private static CriterionScore one(String code, Map<String, String> values) {
    return criterion(score(golden(), school("S", SchoolLevel.TH), values), code);
  }

  @Test
  void everyTypeOfCriterionOnOnePrimarySchool() {
    Score s = score(golden(), school("S", SchoolLevel.TH), partWay());

    assertThat(criterion(s, "A.2").points()).isEqualByComparingTo("10");
    assertThat(criterion(s, "A.2").rule()).isEqualTo("golden@1 A.2 yes");
    // 62.5 % of 20 points.
    assertThat(criterion(s, "A.3").points()).isEqualByComparingTo("12.50");
    assertThat(criterion(s, "A.3").outcome()).isEqualTo(Outcome.PARTIAL);
    // 1 / 3 = 33.333333 % of 10 points = 3.3333333, rounded once.
    CriterionScore ratio = criterion(s, "A.4");
    assertThat(ratio.points()).isEqualByComparingTo("3.33");
    assertThat(ratio.inputs()).extracting(i -> i.indicator()).containsExactly("g.num", "g.den");
    assertThat(ratio.explanation().en()).contains("1 out of g.den = 3").contains("33.33%");
    // 60 reaches the second band (60 to below 80): 10 points.
    CriterionScore band = criterion(s, "A.5");
    assertThat(band.points()).isEqualByComparingTo("10");
    assertThat(band.rule()).isEqualTo("golden@1 A.5 band 2");
    assertThat(band.explanation().vi()).contains("60–<80").contains("10 điểm");
    // 4 reaches the count band from 3: 6 points.
    assertThat(criterion(s, "A.6").points()).isEqualByComparingTo("6");
    assertThat(criterion(s, "A.7").points()).isEqualByComparingTo("4");
    assertThat(criterion(s, "A.7").rule()).isEqualTo("golden@1 A.7 answer PART");
    assertThat(criterion(s, "A.7").explanation().vi()).contains("Một phần");
    // A primary school: 8.1 (upper secondary) is left out, 8.2 applies, 8.3 gives zero.
    assertThat(criterion(s, "A.8.1").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(criterion(s, "A.8.1").rule()).isEqualTo("golden@1 A.8.1 not applicable");
    assertThat(criterion(s, "A.8.2").points()).isEqualByComparingTo("5");
    assertThat(criterion(s, "A.8.3").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(criterion(s, "A.8.3").points()).isEqualByComparingTo("0");
    assertThat(criterion(s, "A.8").points()).isEqualByComparingTo("5");

    GroupScore a = s.group("A").orElseThrow();
    // 10 + 12.5 + 3.33 + 10 + 6 + 4 + 5 = 50.83 of the 90 points that apply: 56.48 of 100.
    assertThat(a.points()).isEqualByComparingTo("50.83");
    assertThat(a.applicableMax()).isEqualByComparingTo("90");
    assertThat(a.level()).isEqualTo(2);
    assertThat(a.levelExplanation().en()).contains("56.48").contains("50.83/90");
    assertThat(s.group("B").orElseThrow().level()).isEqualTo(3);
    assertThat(s.level()).isNull();
  }

  @Test
  void notApplicableCriteriaBehaveAsTheSetSaysForEachLevel() {
    Score upper = score(golden(), school("U", SchoolLevel.THPT), partWay());
    assertThat(criterion(upper, "A.8.1").points()).isEqualByComparingTo("10");
    // Not for upper secondary, and the set gives its maximum.
    assertThat(criterion(upper, "A.8.2").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(criterion(upper, "A.8.2").points()).isEqualByComparingTo("5");
    assertThat(criterion(upper, "A.8.2").explanation().en()).contains("gives the maximum");
    // Not for upper secondary, and the set gives zero but keeps it in the maximum.
    assertThat(criterion(upper, "A.8.3").points()).isEqualByComparingTo("0");
    assertThat(upper.group("A").orElseThrow().applicableMax()).isEqualByComparingTo("100");
    assertThat(upper.group("A").orElseThrow().points()).isEqualByComparingTo("60.83");

    Score lower = score(golden(), school("L", SchoolLevel.THCS), partWay());
    assertThat(criterion(lower, "A.8.1").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(criterion(lower, "A.8.3").points()).isEqualByComparingTo("5");
    assertThat(lower.group("A").orElseThrow().applicableMax()).isEqualByComparingTo("90");
  }

  @ParameterizedTest(name = "band value {0} gives {1} by rule {2}")
  @CsvSource({
    "0, 0, below",
    "39.99, 0, below",
    "40, 5, band 1",
    "59.99, 5, band 1",
    "60, 10, band 2",
    "79.99, 10, band 2",
    "80, 20, band 3",
    "100, 20, band 3"
  })
  void bandsGiveThePointsOfTheHighestBandReached(String value, String points, String rule) {
    CriterionScore c = one("A.5", with(partWay(), "g.band", value));
    assertThat(c.points()).isEqualByComparingTo(points);
    assertThat(c.rule()).isEqualTo("golden@1 A.5 " + rule);
  }

  @ParameterizedTest(name = "count {0} gives {1}")
  @CsvSource({"0, 0", "1, 2", "2, 2", "3, 6", "5, 10", "12, 10"})
  void countsGiveThePointsOfTheirThreshold(String value, String points) {
    assertThat(one("A.6", with(partWay(), "g.count", value)).points()).isEqualByComparingTo(points);
  }

  @ParameterizedTest(name = "answer {0} gives {1}")
  @CsvSource({"FULL, 10, answer FULL", "NONE, 0, answer NONE", "MAYBE, 0, other answer"})
  void aChoiceGivesThePointsOfTheAnswer(String answer, String points, String rule) {
    CriterionScore c = one("A.7", with(partWay(), "g.choice", answer));
    assertThat(c.points()).isEqualByComparingTo(points);
    assertThat(c.rule()).isEqualTo("golden@1 A.7 " + rule);
  }

  @Test
  void aRatioWithoutADenominatorGivesNoPointsAndSaysWhy() {
    CriterionScore zero = one("A.4", with(partWay(), "g.den", "0"));
    assertThat(zero.points()).isEqualByComparingTo("0");
    assertThat(zero.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(zero.rule()).isEqualTo("golden@1 A.4 no base");
    assertThat(zero.explanation().en()).contains("g.den").contains("is 0");

    CriterionScore missing = one("A.4", with(partWay(), "g.den", null));
    assertThat(missing.rule()).isEqualTo("golden@1 A.4 missing");
    assertThat(missing.outcome()).isEqualTo(Outcome.MISSING);
  }

  @Test
  void aFailedMandatoryConditionCapsItsGroupAtTheLevelTheSetSays() {
    Map<String, String> full =
        with(partWay(), "g.pct", "100", "g.band", "100", "g.count", "9", "g.choice", "FULL");
    Score ok = score(golden(), school("S", SchoolLevel.TH), full);
    assertThat(ok.group("A").orElseThrow().level()).isEqualTo(3);

    Score failed = score(golden(), school("S", SchoolLevel.TH), with(full, "g.m", "false"));
    GroupScore a = failed.group("A").orElseThrow();
    assertThat(a.level()).isEqualTo(1);
    assertThat(a.failedMandatory()).containsExactly("A.1");
    assertThat(a.levelExplanation().en()).contains("A.1").contains("at most Level 1");

    // Group B caps at Level 2 by default; its condition B.2 caps at Level 1 itself.
    Score b1 = score(golden(), school("S", SchoolLevel.TH), with(full, "g.m2", "false"));
    assertThat(b1.group("B").orElseThrow().level()).isEqualTo(2);
    Score b2 = score(golden(), school("S", SchoolLevel.TH), with(full, "g.m3", "false"));
    assertThat(b2.group("B").orElseThrow().level()).isEqualTo(1);
    // A condition with no value counts as not met.
    Score none = score(golden(), school("S", SchoolLevel.TH), with(full, "g.m", null));
    assertThat(none.group("A").orElseThrow().level()).isEqualTo(1);
    assertThat(criterion(none, "A.1").outcome()).isEqualTo(Outcome.MISSING);
  }

  @ParameterizedTest(name = "{0} points is level {1}")
  @CsvSource({
    "0, 1",
    "49, 1",
    "49.99, 1",
    "49.994, 1",
    "49.995, 2",
    "50, 2",
    "62.125, 2",
    "75, 2",
    "75.004, 2",
    "75.01, 3",
    "76, 3",
    "100, 3"
  })
  void levelBoundariesAtFiftyAndSeventyFiveWithNonIntegerTotals(String percent, int level) {
    Score s =
        score(
            TestSets.compiled("golden/boundary.json"),
            school("S", SchoolLevel.TH),
            Map.of("b.pct", percent));
    assertThat(s.group("G").orElseThrow().level()).isEqualTo(level);
  }

  @Test
  void toReachTheNextLevelTheFewestCriteriaWithMostPointsOpenComeFirst() {
    Map<String, String> low =
        with(
            partWay(),
            "g.yes",
            "false",
            "g.pct",
            "0",
            "g.num",
            null,
            "g.den",
            null,
            "g.band",
            "0",
            "g.count",
            "0",
            "g.choice",
            "NONE",
            "g.th",
            "false");
    Score s = score(golden(), school("S", SchoolLevel.TH), low);
    NextLevel next = s.group("A").orElseThrow().nextLevel();

    // 0 of 90 applicable points; Level 2 needs 50 of 100, that is 45 of 90.
    assertThat(next.target()).isEqualTo(2);
    assertThat(next.pointsNeeded()).isEqualByComparingTo("45.00");
    assertThat(next.steps()).extracting(NextLevel.Step::code).containsExactly("A.3", "A.5", "A.2");
    assertThat(next.reachable()).isTrue();
    assertThat(next.summary().vi()).contains("Mức 2").contains("45");

    Score edge =
        score(
            TestSets.compiled("golden/boundary.json"),
            school("S", SchoolLevel.TH),
            Map.of("b.pct", "75"));
    NextLevel toThree = edge.group("G").orElseThrow().nextLevel();
    assertThat(toThree.target()).isEqualTo(3);
    // Level 3 is above 75: one hundredth more.
    assertThat(toThree.pointsNeeded()).isEqualByComparingTo("0.01");
    assertThat(toThree.steps()).extracting(NextLevel.Step::code).containsExactly("G.1");

    Map<String, String> capped =
        with(
            partWay(),
            "g.m",
            "false",
            "g.pct",
            "100",
            "g.band",
            "100",
            "g.count",
            "9",
            "g.choice",
            "FULL");
    NextLevel onlyCondition =
        score(golden(), school("S", SchoolLevel.TH), capped).group("A").orElseThrow().nextLevel();
    assertThat(onlyCondition.target()).isEqualTo(2);
    assertThat(onlyCondition.pointsNeeded()).isEqualByComparingTo("0");
    assertThat(onlyCondition.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.code()).isEqualTo("A.1");
              assertThat(step.mandatory()).isTrue();
            });
    assertThat(
            score(golden(), school("S", SchoolLevel.TH), with(capped, "g.m", "true"))
                .group("A")
                .orElseThrow()
                .nextLevel())
        .as("nothing above Level 3")
        .isNull();
  }

  @Test
  void missingValuesGiveNoPointsAndAreListed() {
    Score s = score(golden(), school("S", SchoolLevel.TH), Map.of());
    GroupScore a = s.group("A").orElseThrow();
    assertThat(a.points()).isEqualByComparingTo("0");
    assertThat(a.missingInputs()).contains("g.yes", "g.pct", "g.num", "g.band", "g.choice");
    assertThat(a.failedMandatory()).containsExactly("A.1");
    assertThat(criterion(s, "A.7").outcome()).isEqualTo(Outcome.MISSING);
  }
}
