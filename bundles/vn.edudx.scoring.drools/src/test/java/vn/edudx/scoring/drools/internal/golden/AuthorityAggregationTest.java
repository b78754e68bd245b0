package vn.edudx.scoring.drools.internal.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edudx.scoring.drools.internal.golden.Fixture.criterion;
import static vn.edudx.scoring.drools.internal.golden.Fixture.office;
import static vn.edudx.scoring.drools.internal.golden.Fixture.school;
import static vn.edudx.scoring.drools.internal.golden.Fixture.score;
import static vn.edudx.scoring.drools.internal.golden.GoldenScoringTest.partWay;
import static vn.edudx.scoring.drools.internal.golden.GoldenScoringTest.with;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.Outcome;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.scoring.drools.internal.TestSets;
import vn.edudx.scoring.drools.internal.engine.ChildResult;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;

/** An office aggregating its schools' results, on a small tree with hand-computed figures. */
class AuthorityAggregationTest {

  private static CompiledSet authority() {
    return TestSets.compiled("golden/golden-authority.json");
  }

  private static ChildResult child(String code, Map<String, String> values) {
    Score s =
        score(TestSets.compiled("golden/golden-set.json"), school(code, SchoolLevel.TH), values);
    Map<String, Observation> flags =
        Map.of("g.yes", Fixture.values(code, Map.of("g.yes", values.get("g.yes"))).get(0));
    return new ChildResult("O1", code, "golden", s, flags);
  }

  @Test
  void anOfficeScoresItsOwnInputsAndItsSchoolsResultsInOneRun() {
    Map<String, String> full =
        with(partWay(), "g.pct", "100", "g.num", "1", "g.den", "1", "g.band", "100");
    full = with(full, "g.count", "5", "g.choice", "FULL");
    // S1: A = 10 + 20 + 10 + 20 + 10 + 10 + 5 = 85, Level 3 (94.44 of 100); B Level 3.
    ChildResult s1 = child("S1", full);
    assertThat(s1.getScore().group("A").orElseThrow().points()).isEqualByComparingTo("85");
    // S2: A = 50.83, Level 2; B Level 3.
    ChildResult s2 = child("S2", partWay());
    // S3: not scored at all.
    ChildResult s3 = new ChildResult("O1", "S3", "golden", null, Map.of());

    Score o = score(authority(), office("O1"), Map.of("o.plan", "true"), List.of(s1, s2, s3));

    assertThat(criterion(o, "O.1").points()).isEqualByComparingTo("40");
    // Mean of 85, 50.83 and 0 (unscored) = 45.276667 % of 15 points = 6.79.
    CriterionScore mean = criterion(o, "O.2");
    assertThat(mean.points()).isEqualByComparingTo("6.79");
    assertThat(mean.inputs()).extracting(i -> i.unit()).containsExactly("S1", "S2", "S3");
    assertThat(mean.inputs().get(0).value()).isEqualTo("85.00/100");
    assertThat(mean.explanation().en()).contains("3 schools");
    // 2 of 3 at Level 2 or above in group A: 66.666667 % of 10 = 6.67.
    assertThat(criterion(o, "O.3").points()).isEqualByComparingTo("6.67");
    // 1 of 3 at Level 3 in every group: 33.333333 % of 15 = 5.00.
    assertThat(criterion(o, "O.4").points()).isEqualByComparingTo("5.00");
    assertThat(criterion(o, "O.4").explanation().en()).startsWith("1 of the 3 schools");
    // 2 of 3 answered yes: 66.67 % reaches the band from 60: 20 points.
    assertThat(criterion(o, "O.5").points()).isEqualByComparingTo("20");
    // 40 + 6.79 + 6.67 + 5 + 20 = 78.46: Level 3 on the total.
    assertThat(o.total()).isEqualByComparingTo("78.46");
    assertThat(o.level()).isEqualTo(3);
    assertThat(o.levelExplanation().en()).contains("78.46").contains("Level 3");
    assertThat(o.group("O").orElseThrow().level()).isZero();
  }

  @Test
  void anOfficeWithNoSchoolsGetsNoAggregatePointsAndSaysWhy() {
    Score o = score(authority(), office("O2"), Map.of("o.plan", "true"), List.of());
    CriterionScore mean = criterion(o, "O.2");
    assertThat(mean.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(mean.rule()).isEqualTo("golden-authority@1 O.2 no schools");
    assertThat(mean.explanation().vi()).contains("không quản lý trường nào");
    assertThat(o.total()).isEqualByComparingTo("40");
    assertThat(o.level()).isEqualTo(1);
  }
}
