package vn.edudx.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edudx.ranking.internal.Fixture.BEFORE;
import static vn.edudx.ranking.internal.Fixture.NOW;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.ranking.Improvement;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.api.workflow.AssessmentState;

class ScopeAndSourceTest {

  private final Fixture f = new Fixture();
  private final StandardRanking ranking = f.ranking();

  /**
   * Province ST with districts NN (wards P1, P2) and XX (ward X1); the NN office manages S1, S2 and
   * S5; the department manages S4 (in P1); the XX office manages S3. S5 has no score.
   */
  @BeforeEach
  void register() {
    f.place("ST", UnitType.PROVINCE, null);
    f.place("NN", UnitType.DISTRICT, "ST");
    f.place("XX", UnitType.DISTRICT, "ST");
    f.place("P1", UnitType.WARD, "NN");
    f.place("P2", UnitType.WARD, "NN");
    f.place("X1", UnitType.COMMUNE, "XX");
    f.place("NN-PGD", UnitType.OFFICE, "NN");
    f.place("XX-PGD", UnitType.OFFICE, "XX");
    f.place("ST-SGD", UnitType.DEPARTMENT, "ST");
    f.school("S1", SchoolLevel.TH, "P1", "NN-PGD");
    f.school("S2", SchoolLevel.TH, "P2", "NN-PGD");
    f.school("S3", SchoolLevel.TH, "X1", "XX-PGD");
    f.school("S4", SchoolLevel.THPT, "P1", "ST-SGD");
    f.school("S5", SchoolLevel.TH, "P2", "NN-PGD");
    f.live("S1", NOW, "90", "90");
    f.live("S2", NOW, "80", "80");
    f.live("S3", NOW, "70", "70");
    f.live("S4", NOW, "60", "60");
  }

  private Ranking scoped(String scope) {
    return ranking.rank(RankingRequest.of(NOW, scope, null, null, false, null));
  }

  /** A live ranking as seen from the caller's area. */
  private Ranking seenFrom(String area, String scope) {
    return ranking.rank(new RankingRequest(NOW, scope, area, null, null, false, false, null));
  }

  @Test
  void anOfficeSeesOnlyItsOwnSchoolsThroughAWard() {
    // P1 holds S1 (NN office) and S4 (department). Through the ward the NN office ranks S1 alone;
    // the XX office manages nothing there and sees nothing, not even as unranked.
    assertThat(seenFrom("NN-PGD", "P1").entries())
        .extracting(RankEntry::unitCode, RankEntry::rank)
        .containsExactly(tuple("S1", 1));
    assertThat(seenFrom("NN-PGD", "P1").unranked()).isEmpty();
    assertThat(seenFrom("XX-PGD", "P1").entries()).isEmpty();
    assertThat(seenFrom("XX-PGD", "P1").unranked()).isEmpty();
    // Without a scope the area alone limits: NN's S1, S2 and S5 (no score), not S3 or S4.
    assertThat(seenFrom("NN-PGD", null).entries())
        .extracting(RankEntry::unitCode)
        .containsExactly("S1", "S2");
    assertThat(seenFrom("NN-PGD", null).unranked())
        .extracting(Unranked::unitCode)
        .containsExactly("S5");
    // A scope outside the area gives an empty ranking, not an error.
    assertThat(seenFrom("NN-PGD", "X1").entries()).isEmpty();
  }

  @Test
  void aDepartmentSeesItsWholeProvinceAndNothingBeyond() {
    // Province HN next door: ward H1 with school S9 of the HN office.
    f.place("HN", UnitType.PROVINCE, null);
    f.place("H1", UnitType.WARD, "HN");
    f.school("S9", SchoolLevel.TH, "H1", "HN-PGD");
    f.live("S9", NOW, "99", "99");

    // ST-SGD (parent ST) covers every school under ST, those of its offices too: 180, 160, 140,
    // 120; S5 without a score; S9 (198) is in HN and is neither ranked nor listed.
    Ranking r = seenFrom("ST-SGD", null);

    assertThat(r.entries())
        .extracting(RankEntry::unitCode, RankEntry::rank)
        .containsExactly(tuple("S1", 1), tuple("S2", 2), tuple("S3", 3), tuple("S4", 4));
    assertThat(r.unranked()).extracting(Unranked::unitCode).containsExactly("S5");
    // Scope and area intersect: the department's view of ward P1 is S1 and S4.
    assertThat(seenFrom("ST-SGD", "P1").entries())
        .extracting(RankEntry::unitCode)
        .containsExactly("S1", "S4");
    // A place as area covers what lies under it: district NN holds S1, S2, S4 (and S5).
    assertThat(seenFrom("NN", null).entries())
        .extracting(RankEntry::unitCode)
        .containsExactly("S1", "S2", "S4");
  }

  @Test
  void movementAndMostImprovedStayInsideTheArea() {
    // 2023-2024: S4 100 + 100 = 200, S1 40 + 40 = 80. Now S1 180, S2 160, S4 120.
    f.live("S4", BEFORE, "100", "100");
    f.live("S1", BEFORE, "40", "40");

    // The NN office's earlier ranking holds S1 alone (S4 is the department's): 1st then and now.
    Ranking office = seenFrom("NN-PGD", null);
    assertThat(office.entries())
        .extracting(RankEntry::unitCode, RankEntry::previousRank, RankEntry::movement)
        .containsExactly(tuple("S1", 1, 0), tuple("S2", null, null));
    assertThat(office.mostImproved())
        .extracting(Improvement::unitCode, Improvement::change)
        .containsExactly(tuple("S1", new BigDecimal("100")));
    // The department saw S4 above S1 a year ago: S1 rose from 2nd to 1st, S4 fell from 1st to
    // 4th.
    assertThat(seenFrom("ST-SGD", null).entries())
        .extracting(RankEntry::unitCode, RankEntry::previousRank, RankEntry::movement)
        .containsExactly(
            tuple("S1", 2, 1),
            tuple("S2", null, null),
            tuple("S3", null, null),
            tuple("S4", 1, -3));
  }

  @Test
  void theAreaRuleIsThatOfTheRegister() {
    f.place("HN", UnitType.PROVINCE, null);
    f.place("H1", UnitType.WARD, "HN");
    f.place("HN-SGD", UnitType.DEPARTMENT, "HN");
    f.school("S9", SchoolLevel.TH, "H1", "HN-SGD");
    java.util.Map<String, vn.edudx.api.unit.OrgUnit> byCode = new java.util.HashMap<>();
    f.register.forEach(u -> byCode.put(u.code(), u));

    // Every area against every unit: the in-memory rule agrees with UnitStore.covers.
    for (var area : f.register) {
      var covers = Scope.area(area.code(), byCode);
      for (var unit : f.register) {
        assertThat(covers.test(unit))
            .as("%s covers %s", area.code(), unit.code())
            .isEqualTo(f.units.covers(area.code(), unit.code()));
      }
    }
  }

  @Test
  void anUnknownAreaIsAClearErrorInBothLanguages() {
    assertThatThrownBy(() -> seenFrom("ZZ-PGD", null))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).field()).isEqualTo("area");
              assertThat(e.problems().get(0).message().vi())
                  .isEqualTo("Không có đơn vị \"ZZ-PGD\" để giới hạn vùng được xem xếp hạng.");
              assertThat(e.problems().get(0).message().en())
                  .isEqualTo("There is no unit \"ZZ-PGD\" to limit the ranking to its area.");
              assertThat(e.problems().get(0).hint().en()).contains("account's unit");
            });
  }

  @Test
  void anOfficeRanksTheSchoolsItManages() {
    Ranking r = scoped("NN-PGD");

    assertThat(r.scopeCode()).isEqualTo("NN-PGD");
    // S4 lies in P1 (in NN) but the department manages it, not the office.
    assertThat(r.entries()).extracting(RankEntry::unitCode).containsExactly("S1", "S2");
    assertThat(r.unranked()).extracting(Unranked::unitCode).containsExactly("S5");
  }

  @Test
  void aPlaceRanksTheSchoolsInsideItAtAnyDepth() {
    assertThat(scoped("P1").entries()).extracting(RankEntry::unitCode).containsExactly("S1", "S4");
    // Ranks are within the area: S4 is 2nd of P1 here, 4th of the province below.
    assertThat(scoped("P1").entries().get(1).rank()).isEqualTo(2);
    assertThat(scoped("NN").entries())
        .extracting(RankEntry::unitCode)
        .containsExactly("S1", "S2", "S4");
    assertThat(scoped("ST").entries())
        .extracting(RankEntry::unitCode, RankEntry::rank)
        .containsExactly(tuple("S1", 1), tuple("S2", 2), tuple("S3", 3), tuple("S4", 4));
    assertThat(scoped("ST").unranked()).extracting(Unranked::unitCode).containsExactly("S5");
    assertThat(scoped("S3").entries()).extracting(RankEntry::unitCode).containsExactly("S3");
    assertThat(scoped(null).entries()).hasSize(4);
  }

  @Test
  void anUnknownScopeIsAClearErrorInBothLanguages() {
    assertThatThrownBy(() -> scoped("ZZ"))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).field()).isEqualTo("scope");
              assertThat(e.problems().get(0).message().vi()).contains("\"ZZ\"").contains("đơn vị");
              assertThat(e.problems().get(0).message().en()).contains("\"ZZ\"").contains("unit");
              assertThat(e.problems().get(0).hint().en()).contains("register");
            });
  }

  @Test
  void approvedOnlyRanksTheFrozenResultsAndSaysWhereEveryOtherSchoolStands() {
    // Live: S1 180, S2 160, S3 140, S4 120. Approved: S3 100 + 95 = 195, S2 50 + 50 = 100.
    f.assessment("S3", NOW, AssessmentState.APPROVED, "100", "95");
    f.assessment("S2", NOW, AssessmentState.APPROVED, "50", "50");
    f.assessment("S1", NOW, AssessmentState.DRAFT);
    f.assessment("S4", NOW, AssessmentState.SUBMITTED);
    f.assessment("S5", NOW, AssessmentState.RETURNED);
    f.school("S6", SchoolLevel.TH, "P2", "NN-PGD");
    f.school("M1", SchoolLevel.MN, "P2", "NN-PGD");

    Ranking r = ranking.rank(RankingRequest.of(NOW, null, null, null, true, null));

    assertThat(r.approvedOnly()).isTrue();
    assertThat(r.entries())
        .extracting(RankEntry::unitCode, RankEntry::rank, RankEntry::points)
        .containsExactly(
            tuple("S3", 1, new BigDecimal("195")), tuple("S2", 2, new BigDecimal("100")));
    assertThat(r.unranked())
        .extracting(Unranked::unitCode, u -> u.reason().vi(), u -> u.reason().en())
        .containsExactlyInAnyOrder(
            tuple(
                "S1",
                "Bản đánh giá kỳ 2024-2025 còn là bản nháp, chưa nộp.",
                "The assessment for period 2024-2025 is a draft, not yet submitted."),
            tuple(
                "S4",
                "Bản đánh giá kỳ 2024-2025 đã nộp, đang chờ phê duyệt.",
                "The assessment for period 2024-2025 is submitted and awaits approval."),
            tuple(
                "S5",
                "Bản đánh giá kỳ 2024-2025 đã bị trả lại để chỉnh sửa, chưa được phê duyệt.",
                "The assessment for period 2024-2025 was returned for changes and is not approved."),
            tuple(
                "S6", "Chưa có bản đánh giá kỳ 2024-2025.", "No assessment for period 2024-2025."),
            tuple(
                "M1",
                "Chưa có bộ chỉ số áp dụng cho cấp Mầm non (Quyết định 4725 áp dụng cho cơ sở giáo"
                    + " dục phổ thông và giáo dục thường xuyên).",
                "No indicator set applies to level Preschool (Decision 4725 covers general and"
                    + " continuing education)."));
  }

  @Test
  void anApprovedResultWithoutTheRankedGroupIsListedApart() {
    f.assessment("S1", NOW, AssessmentState.APPROVED, "90", "90");
    f.assessment("S2", NOW, AssessmentState.APPROVED, "80");

    Ranking r = ranking.rank(RankingRequest.of(NOW, "P2", null, "G2", true, null));

    assertThat(r.entries()).isEmpty();
    assertThat(r.unranked()).extracting(Unranked::unitCode).containsExactly("S2", "S5");
    assertThat(r.unranked().get(0).reason().en())
        .isEqualTo("The result for period 2024-2025 has no group to rank on.");
  }

  @Test
  void aRankingToPublishGivesOneNeutralReasonAndKeepsTheMethodOne() {
    f.assessment("S3", NOW, AssessmentState.APPROVED, "100", "95");
    f.assessment("S2", NOW, AssessmentState.APPROVED, "50", "50");
    f.assessment("S1", NOW, AssessmentState.DRAFT);
    f.assessment("S4", NOW, AssessmentState.SUBMITTED);
    f.assessment("S5", NOW, AssessmentState.RETURNED);
    f.school("S6", SchoolLevel.TH, "P2", "NN-PGD");
    f.school("M1", SchoolLevel.MN, "P2", "NN-PGD");

    Ranking r = ranking.rank(new RankingRequest(NOW, null, null, null, null, true, true, null));

    // The same ranks as the office's preview; draft, submitted, returned and no assessment at all
    // read alike, so the public learns nothing of a review.
    assertThat(r.entries()).extracting(RankEntry::unitCode).containsExactly("S3", "S2");
    String vi = "Chưa có kết quả được phê duyệt trong năm học 2024-2025.";
    String en = "No approved result for school year 2024-2025.";
    String noSet =
        "No indicator set applies to level Preschool (Decision 4725 covers general and"
            + " continuing education).";
    assertThat(r.unranked())
        .extracting(Unranked::unitCode, u -> u.reason().vi(), u -> u.reason().en())
        .containsExactlyInAnyOrder(
            tuple("S1", vi, en),
            tuple("S4", vi, en),
            tuple("S5", vi, en),
            tuple("S6", vi, en),
            tuple(
                "M1",
                "Chưa có bộ chỉ số áp dụng cho cấp Mầm non (Quyết định 4725 áp dụng cho cơ sở giáo"
                    + " dục phổ thông và giáo dục thường xuyên).",
                noSet));
    // Live scores for publication: S5 has none and reads the same.
    assertThat(
            ranking
                .rank(new RankingRequest(NOW, "P2", null, null, null, false, true, null))
                .unranked())
        .extracting(Unranked::unitCode, u -> u.reason().en())
        .containsExactlyInAnyOrder(tuple("S5", en), tuple("S6", en), tuple("M1", noSet));
  }
}
