package vn.edudx.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edudx.api.EduDxException;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.PublicationRequest;
import vn.edudx.api.publication.UnitResult;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.SchoolLevel;

/** Publishing: who may, what goes in, what is refused, and who sees it when. */
class EduDxPublicationsTest {

  private static final Caller LEADER = new Caller("lanh.dao", Role.LEADERSHIP, "PGD");
  private static final Caller REVIEWER = new Caller("chuyen.vien", Role.OFFICE_REVIEWER, "PGD");
  private static final Caller SCHOOL = new Caller("hieu.truong", Role.SCHOOL, "S1");

  private final Fakes fakes = new Fakes();
  private final EduDxPublications service = fakes.service();

  private static PublicationRequest request(Instant embargo) {
    return new PublicationRequest(
        Fakes.PERIOD, "PGD", embargo, null, "Số liệu đã đối chiếu.", null, null);
  }

  private static PublicationRequest correction(String of, String reason) {
    return new PublicationRequest(Fakes.PERIOD, "PGD", null, "Đính chính", null, of, reason);
  }

  private static EduDxException.Kind kindOf(Runnable r) {
    try {
      r.run();
    } catch (EduDxException e) {
      return e.kind();
    }
    throw new AssertionError("no EduDxException");
  }

  @Test
  void publishesTheApprovedResultsOfTheScopeWithTheChecksumOfTheStoredBytes() throws Exception {
    Publication p = service.publish(request(null), LEADER);

    assertThat(p.id()).matches("pub-[0-9a-f]{12}");
    Publication stored = fakes.store.find(p.id()).orElseThrow();
    assertThat(stored.checksum())
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored.json())))
        .isEqualTo(p.checksum());
    var s = p.snapshot();
    assertThat(s.period()).isEqualTo(Fakes.PERIOD);
    assertThat(s.scopeName()).isEqualTo("Phòng GD&ĐT Ngã Năm");
    assertThat(s.title()).contains("Phòng GD&ĐT Ngã Năm", "2024-2025");
    assertThat(s.setId()).isEqualTo(Fakes.SET);
    assertThat(s.setVersion()).isEqualTo(1);
    assertThat(s.createdAt()).isEqualTo(Fakes.NOW);
    assertThat(s.embargoUntil()).isEqualTo(Fakes.NOW);
    assertThat(s.createdBy()).isEqualTo("lanh.dao");
    assertThat(s.robustness()).isEqualTo(RobustnessSettings.DEFAULT);
    // Every approved school in scope; not the other town's, not the unapproved one.
    assertThat(s.units()).extracting(UnitResult::unitCode).containsExactly("S1", "S2", "S3");
    assertThat(s.units())
        .filteredOn(UnitResult::externallyEvaluated)
        .extracting(UnitResult::unitCode)
        .containsExactly("S2");
    assertThat(s.units().get(0).placeName()).isEqualTo("Phường 1");
    // All levels, then each level in SchoolLevel order (S3 is TH_THCS, ranked in THCS; MN only has
    // S4, unranked, which the MN ranking lists), each by total, G1, G2.
    assertThat(s.rankings())
        .extracting(r -> r.level() + "/" + r.by())
        .containsExactly(
            "null/total",
            "null/G1",
            "null/G2",
            "MN/total",
            "MN/G1",
            "MN/G2",
            "TH/total",
            "TH/G1",
            "TH/G2",
            "THCS/total",
            "THCS/G1",
            "THCS/G2");
    assertThat(fakes.rankings.requests)
        .allSatisfy(
            r -> {
              assertThat(r.approvedOnly()).isTrue();
              assertThat(r.scopeCode()).isEqualTo("PGD");
              assertThat(r.period()).isEqualTo(Fakes.PERIOD);
              assertThat(r.robustness()).isEqualTo(RobustnessSettings.DEFAULT);
            });
    assertThat(fakes.rankings.requests)
        .extracting(RankingRequest::level)
        .doesNotContain(SchoolLevel.TH_THCS);
    String vi = s.methodology().vi();
    assertThat(vi)
        .contains(
            "3 trường",
            "moet-4725-2022",
            "dưới 50 điểm là Mức 1",
            "1, 2, 2, 4",
            "1.000 lần",
            "±20%",
            "±10%",
            "20250620",
            "phân vị thứ 5",
            "phân vị thứ 95",
            "≈",
            "liệt kê riêng",
            "Số liệu đã đối chiếu.");
    assertThat(s.methodology().en()).contains("1,000 times", "1, 2, 2, 4", "not distinguishable");
    assertThat(new String(p.json(), StandardCharsets.UTF_8))
        .startsWith("{\"createdAt\":\"2025-06-20T01:00:00Z\",\"createdBy\":\"lanh.dao\"")
        .contains("\"points\":72.50")
        .doesNotContain("\n");
  }

  @Test
  void theSameInputsGiveTheSameBytes() {
    Fakes other = new Fakes();
    byte[] a = fakes.service(new Random(7)).publish(request(null), LEADER).json();
    byte[] b = other.service(new Random(7)).publish(request(null), LEADER).json();

    assertThat(b).isEqualTo(a);
    assertThat(CanonicalJson.write(fakes.store.list().get(0).snapshot())).isEqualTo(a);
  }

  @Test
  void ranksTheSchoolsUnderAPlaceOfTheAdministrativeTree() {
    Publication p =
        service.publish(
            new PublicationRequest(Fakes.PERIOD, "T", null, null, null, null, null), LEADER);

    assertThat(p.snapshot().units())
        .extracting(UnitResult::unitCode)
        .containsExactly("S1", "S2", "S3");
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"OFFICE_ADMIN", "OFFICE_REVIEWER", "SCHOOL"})
  void onlyLeadershipPublishes(Role role) {
    Caller c = new Caller("x", role, null);
    assertThat(kindOf(() -> service.publish(request(null), c)))
        .isEqualTo(EduDxException.Kind.FORBIDDEN);
    assertThat(kindOf(() -> service.publish(request(null), null)))
        .isEqualTo(EduDxException.Kind.FORBIDDEN);
    assertThat(fakes.store.all).isEmpty();
  }

  @Test
  void refusesAPeriodWithoutApprovedResultsAndSaysHowToFixIt() {
    PublicationRequest r = new PublicationRequest("2023-2024", "PGD", null, null, null, null, null);

    assertThatThrownBy(() -> service.publish(r, LEADER))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).message().vi())
                  .contains("2023-2024", "Phòng GD&ĐT Ngã Năm");
              assertThat(e.problems().get(0).hint().vi()).contains("phê duyệt");
              assertThat(e.problems().get(0).hint().en()).contains("Approve");
            });
    assertThat(fakes.store.all).isEmpty();
  }

  @Test
  void refusesAnUnknownScopeOrPeriod() {
    assertThat(
            kindOf(
                () ->
                    service.publish(
                        new PublicationRequest(Fakes.PERIOD, "NOPE", null, null, null, null, null),
                        LEADER)))
        .isEqualTo(EduDxException.Kind.INVALID);
    assertThat(
            kindOf(
                () ->
                    service.publish(
                        new PublicationRequest("năm ngoái", "PGD", null, null, null, null, null),
                        LEADER)))
        .isEqualTo(EduDxException.Kind.INVALID);
  }

  @Test
  void refusesAnEmbargoInThePastButToleratesAFewSeconds() {
    assertThatThrownBy(() -> service.publish(request(Fakes.NOW.minusSeconds(120)), LEADER))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).field()).isEqualTo("embargoUntil");
            });
    assertThat(fakes.store.all).isEmpty();

    Publication p = service.publish(request(Fakes.NOW.minusSeconds(30)), LEADER);
    assertThat(p.snapshot().embargoUntil()).isEqualTo(Fakes.NOW.minusSeconds(30));
  }

  @Test
  void aCorrectionNeedsAReasonAndReplacesTheOldOneOnlyOnce() {
    Publication first = service.publish(request(null), LEADER);

    assertThatThrownBy(() -> service.publish(correction(first.id(), " "), LEADER))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).field()).isEqualTo("reason");
            });
    assertThat(kindOf(() -> service.publish(correction("pub-000000000000", "x"), LEADER)))
        .isEqualTo(EduDxException.Kind.NOT_FOUND);
    assertThat(fakes.store.all).hasSize(1);

    Publication second = service.publish(correction(first.id(), "Sai điểm trường S2."), LEADER);
    assertThat(second.snapshot().supersedes()).isEqualTo(first.id());
    assertThat(second.snapshot().reason()).isEqualTo("Sai điểm trường S2.");
    assertThat(fakes.store.find(first.id()).orElseThrow().supersededBy()).isEqualTo(second.id());

    assertThatThrownBy(() -> service.publish(correction(first.id(), "Lại sai."), LEADER))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT);
              assertThat(e.problems().get(0).message().vi()).contains(second.id());
            });
    assertThat(fakes.store.all).hasSize(2);
  }

  @Test
  void aCorrectionMustBeForTheSameYearAndScope() {
    Publication first = service.publish(request(null), LEADER);

    assertThat(
            kindOf(
                () ->
                    service.publish(
                        new PublicationRequest(
                            Fakes.PERIOD, "T", null, null, null, first.id(), "x"),
                        LEADER)))
        .isEqualTo(EduDxException.Kind.INVALID);
  }

  @Test
  void thePublicSeesAPublicationOnlyAfterItsEmbargoAndTheOfficeAlways() {
    Instant embargo = Fakes.NOW.plusSeconds(3600);
    Publication p = service.publish(request(embargo), LEADER);

    for (Caller outsider : new Caller[] {null, SCHOOL}) {
      assertThat(service.list(outsider)).isEmpty();
      assertThat(service.find(p.id(), outsider)).isEmpty();
    }
    for (Caller office : List.of(REVIEWER, LEADER, Caller.SYSTEM)) {
      assertThat(service.list(office)).extracting(Publication::id).containsExactly(p.id());
      assertThat(service.find(p.id(), office)).isPresent();
    }

    fakes.clock.set(embargo);
    assertThat(service.list(null)).extracting(Publication::id).containsExactly(p.id());
    assertThat(service.find(p.id(), SCHOOL)).isPresent();
    assertThat(service.find("pub-nope", null)).isEmpty();
  }

  @Test
  void listsNewestFirst() {
    Publication a = service.publish(request(null), LEADER);
    fakes.clock.set(Fakes.NOW.plusSeconds(60));
    Publication b = service.publish(request(null), LEADER);

    assertThat(service.list(null)).extracting(Publication::id).containsExactly(b.id(), a.id());
    assertThat(b.id()).isNotEqualTo(a.id());
    assertThat(a.snapshot().rankings()).extracting(Ranking::approvedOnly).containsOnly(true);
  }
}
