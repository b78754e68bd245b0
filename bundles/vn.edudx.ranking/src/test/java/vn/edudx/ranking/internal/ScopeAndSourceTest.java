package vn.edudx.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edudx.ranking.internal.Fixture.NOW;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
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
}
