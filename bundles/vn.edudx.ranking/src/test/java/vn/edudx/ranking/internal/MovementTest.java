package vn.edudx.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edudx.ranking.internal.Fixture.BEFORE;
import static vn.edudx.ranking.internal.Fixture.NOW;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.edudx.api.ranking.Improvement;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.workflow.AssessmentState;

class MovementTest {

  private final Fixture f = new Fixture();
  private final StandardRanking ranking = f.ranking();

  private void school(String code) {
    f.school(code, SchoolLevel.TH, "P1", "PGD");
  }

  @Test
  void everyUnitRankedInBothPeriodsShowsItsMoveAndTheLargestRisesAreNamed() {
    for (String s : new String[] {"A", "B", "C", "D", "E"}) {
      school(s);
    }
    // 2023-2024: B 120 (1), A 100 (2), D 90 (3), C 80 (4); E has no score.
    f.live("A", BEFORE, "50", "50");
    f.live("B", BEFORE, "60", "60");
    f.live("C", BEFORE, "40", "40");
    f.live("D", BEFORE, "45", "45");
    // 2024-2025: A 150 (1), C 140 (2), B 130 (3), E 100 (4), D 60 (5).
    f.live("A", NOW, "75", "75");
    f.live("B", NOW, "65", "65");
    f.live("C", NOW, "70", "70");
    f.live("D", NOW, "30", "30");
    f.live("E", NOW, "50", "50");

    Ranking r = ranking.rank(NOW, null, null);

    // movement = previous − now: A 2 − 1 = +1, C 4 − 2 = +2, B 1 − 3 = −2, D 3 − 5 = −2; E new.
    assertThat(r.entries())
        .extracting(
            RankEntry::unitCode, RankEntry::rank, RankEntry::previousRank, RankEntry::movement)
        .containsExactly(
            tuple("A", 1, 2, 1),
            tuple("C", 2, 4, 2),
            tuple("B", 3, 1, -2),
            tuple("E", 4, null, null),
            tuple("D", 5, 3, -2));
    // Rises: C 140 − 80 = 60, A 150 − 100 = 50, B 130 − 120 = 10; D fell 30; E has no earlier.
    assertThat(r.mostImproved())
        .extracting(Improvement::unitCode, Improvement::change)
        .containsExactly(
            tuple("C", new BigDecimal("60")),
            tuple("A", new BigDecimal("50")),
            tuple("B", new BigDecimal("10")));
    assertThat(r.mostImproved().get(0))
        .extracting(Improvement::points, Improvement::previousPoints)
        .containsExactly(new BigDecimal("140"), new BigDecimal("80"));
  }

  @Test
  void aGroupRankingComparesThatGroupAndAtMostFiveAreNamedTiesByName() {
    // G1 rises: U1 +10, U2 +10, U3 +20, U4 +5, U5 +30, U6 +1; G2 falls by 50 for all, so the
    // total fell for every one of them.
    int[] rise = {10, 10, 20, 5, 30, 1};
    for (int i = 0; i < rise.length; i++) {
      String code = "U" + (i + 1);
      school(code);
      f.live(code, BEFORE, "40", "90");
      f.live(code, NOW, Integer.toString(40 + rise[i]), "40");
    }

    assertThat(ranking.rank(NOW, null, null).mostImproved()).isEmpty();
    // Largest first: U5 30, U3 20, then U1 and U2 at 10 by name, U4 5; U6 (+1) is sixth.
    assertThat(ranking.rank(NOW, null, "G1").mostImproved())
        .extracting(Improvement::unitCode)
        .containsExactly("U5", "U3", "U1", "U2", "U4");
  }

  @Test
  void approvedRankingsCompareWithThePreviousApprovedResultsOnly() {
    school("A");
    school("B");
    // Before: only A approved (100); B had a live score of 190 but no approval.
    f.assessment("A", BEFORE, AssessmentState.APPROVED, "50", "50");
    f.live("B", BEFORE, "95", "95");
    f.live("A", BEFORE, "10", "10");
    // Now: A 120 (1), B 110 (2), both approved.
    f.assessment("A", NOW, AssessmentState.APPROVED, "60", "60");
    f.assessment("B", NOW, AssessmentState.APPROVED, "55", "55");

    Ranking r = ranking.rank(RankingRequest.of(NOW, null, null, null, true, null));

    assertThat(r.entries())
        .extracting(RankEntry::unitCode, RankEntry::previousRank, RankEntry::movement)
        .containsExactly(tuple("A", 1, 0), tuple("B", null, null));
    // A rose from its approved 100, not from its live 20: +20.
    assertThat(r.mostImproved())
        .extracting(Improvement::unitCode, Improvement::change)
        .containsExactly(tuple("A", new BigDecimal("20")));
  }
}
