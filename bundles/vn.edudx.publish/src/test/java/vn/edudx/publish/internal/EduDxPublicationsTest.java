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
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.PublicationRequest;
import vn.edudx.api.publication.UnitResult;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.score.InputUsed;
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
    assertThat(s.createdBy()).isEqualTo("LEADERSHIP PGD"); // the authority, not the account
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
              assertThat(r.forPublic()).isTrue();
              assertThat(r.areaCode()).isEqualTo("PGD");
              assertThat(r.scopeCode()).isEqualTo("PGD");
              assertThat(r.period()).isEqualTo(Fakes.PERIOD);
              assertThat(r.robustness()).isEqualTo(RobustnessSettings.DEFAULT);
            });
    // Every category is asked for (the ranking decides where a school ranks); THPT and GDTX list
    // no school, so they are asked by the total only and left out.
    assertThat(fakes.rankings.requests)
        .extracting(r -> r.level() + "/" + r.by())
        .contains("THPT/total", "GDTX/total")
        .doesNotContain("THPT/G1", "GDTX/G1")
        .noneMatch(l -> l.startsWith("TH_THCS"));
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
            "Số liệu từ đánh giá ngoài của Phòng/Sở (external-evaluation) được coi là đã kiểm"
                + " chứng",
            "Trường nhiều cấp học được xếp hạng ở một cấp chính: TH_THCS → THCS.",
            "20250620",
            "phân vị thứ 5",
            "phân vị thứ 95",
            "≈",
            "liệt kê riêng",
            "Số liệu đã đối chiếu.");
    assertThat(s.methodology().en())
        .contains(
            "1,000 times",
            "1, 2, 2, 4",
            "not distinguishable",
            "external evaluation (external-evaluation) count as verified",
            "TH_THCS → THCS");
    assertThat(s.areaCode()).isEqualTo("PGD");
    assertThat(new String(p.json(), StandardCharsets.UTF_8))
        .startsWith(
            "{\"areaCode\":\"PGD\",\"createdAt\":\"2025-06-20T01:00:00Z\","
                + "\"createdBy\":\"LEADERSHIP PGD\"")
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
    Publication b = service.publish(correction(a.id(), "Sai điểm."), LEADER);

    assertThat(service.list(null)).extracting(Publication::id).containsExactly(b.id(), a.id());
    assertThat(b.id()).isNotEqualTo(a.id());
    assertThat(a.snapshot().rankings()).extracting(Ranking::approvedOnly).containsOnly(true);
  }

  // --- Rankings and pages -------------------------------------------------------------------

  @Test
  void keepsTheCategoriesTheRankingServiceFillsWhateverASchoolsOwnLevel() {
    // As if the ranking's settings put a school of level TH in the GDTX category too.
    fakes.rankings.s1AlsoIn = SchoolLevel.GDTX;

    Publication p = service.publish(request(null), LEADER);

    assertThat(p.snapshot().rankings())
        .extracting(r -> r.level() + "/" + r.by())
        .containsSubsequence("null/total", "THCS/G2", "GDTX/total", "GDTX/G1", "GDTX/G2")
        .doesNotContain("THPT/total");
  }

  @Test
  void theUnitPagesAreExactlyTheRankedSchools() {
    // The ranking leaves S2 out (its area, its main level...): then it gets no page either.
    fakes.rankings.leftOut.add("S2");

    Publication p = service.publish(request(null), LEADER);

    Ranking all = p.snapshot().rankings().get(0);
    assertThat(all.level()).isNull();
    assertThat(all.entries()).extracting(e -> e.unitCode()).containsExactly("S1", "S3");
    assertThat(p.snapshot().units()).extracting(UnitResult::unitCode).containsExactly("S1", "S3");
    assertThat(p.snapshot().methodology().vi()).contains("2 trường");
  }

  @Test
  void aRankedSchoolWithoutAnApprovedResultStopsThePublication() {
    fakes.assessments.all.removeIf(a -> a.unitCode().equals("S3"));

    assertThatThrownBy(() -> service.publish(request(null), LEADER))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT);
              assertThat(e.problems().get(0).code()).isEqualTo("publish.approvals.changed");
              assertThat(e.problems().get(0).message().vi()).contains("S3");
            });
    assertThat(fakes.store.all).isEmpty();
  }

  @Test
  void publicPagesKeepWhereEachValueCameFromButNoInternalNames() {
    Publication p = service.publish(request(null), LEADER);

    List<Provenance> provenance =
        p.snapshot().units().stream()
            .flatMap(u -> u.score().allCriteria())
            .flatMap(c -> c.inputs().stream())
            .map(InputUsed::provenance)
            .toList();
    assertThat(provenance)
        .hasSize(3 * 2)
        .allSatisfy(
            v -> {
              assertThat(v.source()).isEqualTo("school-upload");
              assertThat(v.batchId()).isEqualTo(7);
              assertThat(v.row()).isEqualTo(12);
              assertThat(v.receivedAt()).isEqualTo(Fakes.NOW.minusSeconds(3600));
              assertThat(v.receivedBy()).isNull();
              assertThat(v.origin()).isNull();
            });
    assertThat(new String(p.json(), StandardCharsets.UTF_8))
        .doesNotContain(Fakes.STAFF, Fakes.ORIGIN)
        .contains("school-upload");
    // The office keeps the full provenance in the assessment.
    assertThat(
            fakes
                .assessments
                .all
                .get(0)
                .approvedScore()
                .allCriteria()
                .flatMap(c -> c.inputs().stream())
                .map(i -> i.provenance().receivedBy()))
        .containsOnly(Fakes.STAFF);
  }

  @Test
  void namesNoVerifiedSourceWhenThereIsNone() {
    RobustnessSettings d = RobustnessSettings.DEFAULT;
    fakes.rankings.robustness =
        new RobustnessSettings(
            d.weightBand(),
            d.inputUncertainty(),
            d.runs(),
            d.seed(),
            d.lowPercentile(),
            d.highPercentile(),
            d.overlap(),
            List.of("external-evaluation", "emis"));
    Publication withTwo = service.publish(request(null), LEADER);
    assertThat(withTwo.snapshot().methodology().vi())
        .contains("đánh giá ngoài của Phòng/Sở (external-evaluation), emis được coi");

    String none =
        Methodology.of(
                1,
                "x",
                Fakes.PERIOD,
                Fakes.SET,
                1,
                0,
                "",
                "",
                new RobustnessSettings(0.2, 0.1, 10, 1, 5, 95, 0.5, List.of()),
                null)
            .vi();
    assertThat(none).contains("Không có nguồn số liệu nào được coi là đã kiểm chứng");
  }

  // --- A second publication and corrections ---------------------------------------------------

  @Test
  void refusesASecondPublicationOfTheSameYearAndScopeAndSaysHowToCorrectIt() {
    Publication first = service.publish(request(null), LEADER);

    assertThatThrownBy(() -> service.publish(request(null), LEADER))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT);
              assertThat(e.problems().get(0).field()).isEqualTo("supersedes");
              assertThat(e.problems().get(0).message().vi())
                  .contains(first.id(), Fakes.PERIOD, "Phòng GD&ĐT Ngã Năm");
              assertThat(e.problems().get(0).message().en()).contains(first.id());
              assertThat(e.problems().get(0).hint().vi()).contains(first.id(), "lý do");
              assertThat(e.problems().get(0).hint().en()).contains(first.id(), "reason");
            });
    assertThat(fakes.store.all).hasSize(1);

    // Another year, or another scope, is another publication.
    service.publish(
        new PublicationRequest(Fakes.PERIOD, "T", null, null, null, null, null), LEADER);
    // Once replaced, a correction of the correction is what is asked for, not a new one.
    Publication second = service.publish(correction(first.id(), "Sai."), LEADER);
    assertThat(kindOf(() -> service.publish(request(null), LEADER)))
        .isEqualTo(EduDxException.Kind.CONFLICT);
    service.publish(correction(second.id(), "Lại sai."), LEADER);
    assertThat(fakes.store.all).hasSize(4);
  }

  @Test
  void aCorrectionKeepsARunningEmbargoAndCannotEndItEarly() {
    Instant embargo = Fakes.NOW.plusSeconds(3600);
    Publication first = service.publish(request(embargo), LEADER);

    assertThatThrownBy(
            () ->
                service.publish(
                    new PublicationRequest(
                        Fakes.PERIOD,
                        "PGD",
                        embargo.minusSeconds(1),
                        null,
                        null,
                        first.id(),
                        "Sai."),
                    LEADER))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).field()).isEqualTo("embargoUntil");
              assertThat(e.problems().get(0).message().vi()).contains(first.id());
            });
    assertThat(fakes.store.all).hasSize(1);

    Publication second = service.publish(correction(first.id(), "Sai."), LEADER);
    assertThat(second.snapshot().embargoUntil()).isEqualTo(embargo);

    Publication third =
        service.publish(
            new PublicationRequest(
                Fakes.PERIOD, "PGD", embargo.plusSeconds(60), null, null, second.id(), "Lại sai."),
            LEADER);
    assertThat(third.snapshot().embargoUntil()).isEqualTo(embargo.plusSeconds(60));

    // Once the embargo has passed, a correction is public at once, or when it says.
    fakes.clock.set(embargo.plusSeconds(120));
    Publication fourth = service.publish(correction(third.id(), "Lần cuối."), LEADER);
    assertThat(fourth.snapshot().embargoUntil()).isEqualTo(embargo.plusSeconds(120));
  }

  // --- Areas ------------------------------------------------------------------------------------

  @Test
  void refusesAScopeOutsideTheOfficesAreaUnlessItIsAPlace() {
    for (String scope : List.of("PGD2", "S9", "SGD")) {
      assertThatThrownBy(
              () ->
                  service.publish(
                      new PublicationRequest(Fakes.PERIOD, scope, null, null, null, null, null),
                      LEADER))
          .isInstanceOfSatisfying(
              EduDxException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
                assertThat(e.problems().get(0).field()).isEqualTo("scopeCode");
                assertThat(e.problems().get(0).message().vi()).contains(scope, "PGD");
                assertThat(e.problems().get(0).message().en()).contains(scope, "PGD");
              });
    }
    assertThat(fakes.store.all).isEmpty();
  }

  @Test
  void twoOfficesPublishTheirOwnSchoolsOfOneProvince() {
    Caller other = new Caller("lanh.dao.2", Role.LEADERSHIP, "PGD2");
    PublicationRequest province =
        new PublicationRequest(Fakes.PERIOD, "V", null, null, null, null, null);

    Publication mine = service.publish(province, LEADER);
    Publication theirs = service.publish(province, other);

    assertThat(mine.snapshot().units())
        .extracting(UnitResult::unitCode)
        .containsExactly("S1", "S2", "S3");
    assertThat(mine.snapshot().rankings())
        .flatExtracting(Ranking::unranked)
        .extracting(u -> u.unitCode())
        .containsOnly("S4");
    assertThat(theirs.snapshot().units()).extracting(UnitResult::unitCode).containsExactly("S9");
    assertThat(theirs.snapshot().areaCode()).isEqualTo("PGD2");
    assertThat(fakes.rankings.requests)
        .filteredOn(r -> "PGD2".equals(r.areaCode()))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.scopeCode()).isEqualTo("V"));
    // Neither may correct the other's.
    assertThatThrownBy(
            () ->
                service.publish(
                    new PublicationRequest(Fakes.PERIOD, "V", null, null, null, mine.id(), "x"),
                    other))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).message().vi()).contains(mine.id(), "PGD");
            });
  }

  @Test
  void beforeTheEmbargoOnlyTheOfficesWhoseAreaCoversThePublisherSeeIt() {
    Instant embargo = Fakes.NOW.plusSeconds(3600);
    Publication p = service.publish(request(embargo), LEADER);
    Caller otherOffice = new Caller("chuyen.vien.2", Role.OFFICE_REVIEWER, "PGD2");
    Caller department = new Caller("so", Role.OFFICE_REVIEWER, "SGD");
    Caller noArea = new Caller("admin", Role.OFFICE_ADMIN, null);

    for (Caller sees : List.of(REVIEWER, LEADER, department, noArea, Caller.SYSTEM)) {
      assertThat(service.list(sees))
          .as(sees.username())
          .extracting(Publication::id)
          .contains(p.id());
      assertThat(service.find(p.id(), sees)).as(sees.username()).isPresent();
    }
    assertThat(service.list(otherOffice)).isEmpty();
    assertThat(service.find(p.id(), otherOffice)).isEmpty();
    // Nor can it learn of it by trying to correct it.
    assertThat(
            kindOf(
                () ->
                    service.publish(
                        new PublicationRequest(Fakes.PERIOD, "V", null, null, null, p.id(), "x"),
                        new Caller("lanh.dao.2", Role.LEADERSHIP, "PGD2"))))
        .isEqualTo(EduDxException.Kind.NOT_FOUND);

    fakes.clock.set(embargo);
    assertThat(service.find(p.id(), otherOffice)).isPresent();
  }

  @Test
  void aPublicationWithoutAnAreaIsSeenByEveryOffice() {
    Caller leader = new Caller("lanh.dao.tinh", Role.LEADERSHIP, null);
    Publication p = service.publish(request(Fakes.NOW.plusSeconds(3600)), leader);

    assertThat(p.snapshot().areaCode()).isNull();
    assertThat(fakes.rankings.requests).allSatisfy(r -> assertThat(r.areaCode()).isNull());
    assertThat(service.find(p.id(), new Caller("chuyen.vien.2", Role.OFFICE_REVIEWER, "PGD2")))
        .isPresent();
    assertThat(service.find(p.id(), SCHOOL)).isEmpty();
  }
}
