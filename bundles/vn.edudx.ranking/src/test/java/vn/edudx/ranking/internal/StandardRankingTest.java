package vn.edudx.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;

class StandardRankingTest {

  private final List<OrgUnit> register = new ArrayList<>();
  private final List<Score> stored = new ArrayList<>();

  private final UnitStore units =
      new UnitStore() {
        @Override
        public Optional<OrgUnit> find(String code) {
          return register.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        @Override
        public List<OrgUnit> list(UnitType type, SchoolLevel level) {
          return register.stream().filter(u -> type == null || u.type() == type).toList();
        }

        @Override
        public List<OrgUnit> findAll(Collection<String> codes) {
          return register.stream().filter(u -> codes.contains(u.code())).toList();
        }

        @Override
        public int upsert(List<OrgUnit> all) {
          return 0;
        }

        @Override
        public long count() {
          return register.size();
        }
      };

  private final ScoreStore scores =
      new ScoreStore() {
        @Override
        public void replace(List<Score> s) {}

        @Override
        public Optional<Score> find(String unitCode, String period, String setId) {
          return Optional.empty();
        }

        @Override
        public Map<String, Score> findAll(
            String period, String setId, Collection<String> unitCodes) {
          return Map.of();
        }

        @Override
        public List<Score> forPeriod(String period) {
          return stored.stream().filter(s -> s.period().equals(period)).toList();
        }
      };

  /** Applies to every level but preschool, like MOET 4725. */
  private final IndicatorSetRegistry registry =
      new IndicatorSetRegistry() {
        @Override
        public List<IndicatorSet> sets() {
          return List.of();
        }

        @Override
        public Optional<IndicatorSet> find(String id) {
          return Optional.empty();
        }

        @Override
        public Optional<IndicatorSet> applicableTo(OrgUnit unit) {
          return unit.level() == SchoolLevel.MN
              ? Optional.empty()
              : Optional.of(
                  new IndicatorSet(
                      "s",
                      1,
                      LocalizedText.of("s"),
                      "",
                      Set.of(),
                      Set.of(),
                      null,
                      null,
                      List.of(),
                      List.of(),
                      null));
        }

        @Override
        public Optional<IndicatorSet> find(String id, int version) {
          return Optional.empty();
        }

        @Override
        public Optional<Indicator> indicator(String code) {
          return Optional.empty();
        }

        @Override
        public Optional<Indicator> indicatorFor(OrgUnit unit, String code) {
          return Optional.empty();
        }
      };

  private final StandardRanking ranking = new StandardRanking(scores, units, registry);

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
              List.of(group("G1", g1), group("G2", g2)),
              null,
              null,
              null));
    }
  }

  private static GroupScore group(String code, String points) {
    BigDecimal p = new BigDecimal(points);
    int level =
        p.compareTo(BigDecimal.valueOf(50)) < 0
            ? 1
            : p.compareTo(BigDecimal.valueOf(75)) > 0 ? 3 : 2;
    return new GroupScore(
        code,
        LocalizedText.of(code),
        p,
        BigDecimal.valueOf(100),
        null,
        level,
        LocalizedText.of(""),
        List.of(),
        List.of(),
        List.of(),
        null);
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
            List.of(group("G1", "99")),
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
}
