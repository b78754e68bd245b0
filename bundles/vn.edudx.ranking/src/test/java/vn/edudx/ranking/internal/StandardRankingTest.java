package vn.edudx.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

class StandardRankingTest {

  private final Fixture f = new Fixture();
  private final List<OrgUnit> register = f.register;
  private final List<Score> stored = f.stored;
  private final StandardRanking ranking = f.ranking();

  private void school(String code, SchoolLevel level, String g1, String g2) {
    register.add(
        new OrgUnit(code, "Trường " + code, UnitType.SCHOOL, level, "P1", "PGD", null, null, "t"));
    if (g1 != null) {
      stored.add(
          new Score(
              code,
              "2024-2025",
              "s",
              1,
              Instant.EPOCH,
              List.of(Fixture.group("G1", g1), Fixture.group("G2", g2)),
              null,
              null,
              null));
    }
  }

  @Test
  void tiesShareARankAndTheNextRankSkips() {
    register.add(new OrgUnit("P1", "Phường 1", UnitType.WARD, null, null, null, null, null, "t"));
    school("A", SchoolLevel.TH, "90", "80");
    school("B", SchoolLevel.TH, "80", "70");
    school("C", SchoolLevel.THCS, "70", "80");
    school("D", SchoolLevel.TH, "50", "40");

    Ranking r = ranking.rank("2024-2025", null, null);

    assertThat(r.by()).isEqualTo("total");
    assertThat(r.entries())
        .extracting(RankEntry::unitCode, RankEntry::rank, RankEntry::tied)
        .containsExactly(
            tuple("A", 1, false), tuple("B", 2, true), tuple("C", 2, true), tuple("D", 4, false));
    assertThat(r.entries().get(0).placeName()).isEqualTo("Phường 1");
    assertThat(r.entries().get(0).groups())
        .extracting(RankEntry.GroupResult::code, RankEntry.GroupResult::level)
        .containsExactly(tuple("G1", 3), tuple("G2", 3));
  }

  @Test
  void oneGroupCanBeRankedAloneAndAnUnknownGroupIsAClearError() {
    school("A", SchoolLevel.TH, "60", "90");
    school("B", SchoolLevel.TH, "70", "10");

    assertThat(ranking.rank("2024-2025", null, "G2").entries())
        .extracting(RankEntry::unitCode, RankEntry::points)
        .containsExactly(tuple("A", new BigDecimal("90")), tuple("B", new BigDecimal("10")));
    assertThatThrownBy(() -> ranking.rank("2024-2025", null, "G9"))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.problems().get(0).message().vi()).contains("G9"));
    assertThatThrownBy(() -> ranking.rank("2024/2026", null, null))
        .isInstanceOf(EduDxException.class);
  }

  @Test
  void aCategoryTakesSchoolsByTheirMainLevelAndSchoolsWithoutScoresAreListedApartWithWhy() {
    school("TH1", SchoolLevel.TH, "60", "60");
    school("LC1", SchoolLevel.TH_THCS, "70", "70");
    school("CS1", SchoolLevel.THCS, "80", "80");
    school("CS2", SchoolLevel.THCS, null, null);
    school("MN1", SchoolLevel.MN, null, null);

    Ranking thcs = ranking.rank("2024-2025", SchoolLevel.THCS, null);
    assertThat(thcs.entries()).extracting(RankEntry::unitCode).containsExactly("CS1", "LC1");
    assertThat(thcs.unranked()).extracting(Unranked::unitCode).containsExactly("CS2");
    assertThat(thcs.unranked().get(0).reason().vi()).contains("2024-2025");

    Ranking all = ranking.rank("2024-2025", null, null);
    Unranked preschool =
        all.unranked().stream().filter(u -> u.unitCode().equals("MN1")).findFirst().orElseThrow();
    assertThat(preschool.reason().vi()).contains("Mầm non").contains("4725");
  }

  @Test
  void aScoreUnderASetThatNoLongerAppliesIsNotRankedOn() {
    school("A", SchoolLevel.TH, "60", "60");
    register.add(
        new OrgUnit(
            "OLD", "Trường cũ", UnitType.SCHOOL, SchoolLevel.TH, "P1", null, null, null, "t"));
    stored.add(
        new Score(
            "OLD",
            "2024-2025",
            "retired-set",
            1,
            Instant.EPOCH,
            List.of(Fixture.group("G1", "99")),
            null,
            null,
            null));

    Ranking r = ranking.rank("2024-2025", null, null);

    assertThat(r.entries()).extracting(RankEntry::unitCode).containsExactly("A");
    assertThat(r.unranked()).extracting(Unranked::unitCode).containsExactly("OLD");
  }

  @Test
  void schoolsThatDidNotExistInThePeriodAreLeftOut() {
    register.add(
        new OrgUnit(
            "NEW",
            "Trường mới",
            UnitType.SCHOOL,
            SchoolLevel.TH,
            "P1",
            null,
            LocalDate.of(2025, 9, 1),
            null,
            "t"));

    assertThat(ranking.rank("2024-2025", null, null).unranked()).isEmpty();
  }

  @Test
  void groupRankingsTieAndSkipTooAndTiesAreShownInVietnameseOrder() {
    // G2: A 80, C 80, B 70, D 40 → ranks 1, 1, 3, 4 (two share 1, so the next is 3).
    school("A", SchoolLevel.TH, "90", "80");
    school("B", SchoolLevel.TH, "80", "70");
    school("C", SchoolLevel.TH, "70", "80");
    school("D", SchoolLevel.TH, "50", "40");
    // Tied with B on the total (80 + 70 = 150 = 60 + 90): "Ă" sorts after "A" and before "B" in
    // Vietnamese, though its code point (U+0102) is above every Latin letter.
    register.add(
        new OrgUnit(
            "X", "Trường Ă", UnitType.SCHOOL, SchoolLevel.TH, "P1", "PGD", null, null, "t"));
    stored.add(Fixture.score("X", "2024-2025", "60", "90"));

    assertThat(ranking.rank("2024-2025", null, "G2").entries())
        .extracting(RankEntry::unitCode, RankEntry::rank, RankEntry::tied)
        .containsExactly(
            tuple("X", 1, false),
            tuple("A", 2, true),
            tuple("C", 2, true),
            tuple("B", 4, false),
            tuple("D", 5, false));
    // Total: A 170, then B, C and Ă all 150 (shown Ă, B, C), then D 90 at 1 + 4 = 5.
    assertThat(ranking.rank("2024-2025", null, null).entries())
        .extracting(RankEntry::unitCode, RankEntry::rank)
        .containsExactly(tuple("A", 1), tuple("X", 2), tuple("B", 2), tuple("C", 2), tuple("D", 5));
  }

  @Test
  void multiLevelSchoolsRankInTheCategoryTheConfigurationGives() {
    school("TH1", SchoolLevel.TH, "60", "60");
    school("LC1", SchoolLevel.TH_THCS, "70", "70");
    school("LC2", SchoolLevel.THCS_THPT, "75", "75");
    school("CS1", SchoolLevel.THCS, "80", "80");
    school("PT1", SchoolLevel.THPT, "50", "50");

    // By default TH_THCS ranks with THCS, THCS_THPT with THPT.
    assertThat(ranking.rank("2024-2025", SchoolLevel.THPT, null).entries())
        .extracting(RankEntry::unitCode)
        .containsExactly("LC2", "PT1");
    // mainLevels=TH_THCS=TH moves LC1 to primary; THCS_THPT keeps its usual THPT.
    StandardRanking moved =
        f.ranking(
            new Settings(Settings.DEFAULT.robustness(), Settings.parseMainLevels("TH_THCS=TH")));
    assertThat(moved.rank("2024-2025", SchoolLevel.TH, null).entries())
        .extracting(RankEntry::unitCode)
        .containsExactly("LC1", "TH1");
    assertThat(moved.rank("2024-2025", SchoolLevel.THCS, null).entries())
        .extracting(RankEntry::unitCode)
        .containsExactly("CS1");
    assertThat(moved.rank("2024-2025", SchoolLevel.THPT, null).entries())
        .extracting(RankEntry::unitCode)
        .containsExactly("LC2", "PT1");
  }
}
