package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.plan.PlanInput;
import vn.edudx.api.plan.PlanPublication;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.PlanTask;
import vn.edudx.api.plan.StoredPlanPublication;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.UnitType;
import vn.edudx.plan.report.PlanReport;

/**
 * Publishing a year's evaluation: who may, the one-current rule and corrections, the years that can
 * be published, what the public snapshot leaves out, and reports that never evaluate again.
 */
class PlanPublicationServiceTest {

  private static final Instant NOW = Instant.parse("2025-03-01T03:00:00Z");
  private static final Caller LEADER = new Caller("lanh.dao", Role.LEADERSHIP, "PGD");
  private static final PlanPublication.Heading HEADING =
      new PlanPublication.Heading(List.of("UBND THỊ XÃ", "PHÒNG GD&ĐT"), "12/BC-PGDĐT", "Ngã Năm");

  private final Fixture data = new Fixture();
  private final PlanTarget onl =
      Fixture.target(
          "ONL",
          Fixture.ratio("plan.onl", "plan.stu"),
          Set.of(UnitType.SCHOOL),
          Fixture.ALL_LEVELS,
          50,
          80);
  private final PublicationFakes.Plans plans = new PublicationFakes.Plans(Fixture.plan(onl), data);
  private final PublicationFakes.Store store = new PublicationFakes.Store();
  private final PublicationFakes.Units units;

  PlanPublicationServiceTest() {
    data.register.add(Fixture.unit("T2", "Huyện khác", UnitType.DISTRICT, null, null));
    data.register.add(Fixture.unit("PGD2", "Phòng GD&ĐT khác", UnitType.OFFICE, null, "T2"));
    data.ratio(2022, "S1", "plan.onl", 10, "plan.stu", 100);
    data.ratio(2024, "S1", "plan.onl", 30, "plan.stu", 100);
    data.ratio(2024, "S3", "plan.onl", 40, "plan.stu", 100);
    units = new PublicationFakes.Units(data.register);
  }

  private PlanPublicationService service(String area, Instant now) {
    return new PlanPublicationService(
        plans,
        plans,
        store,
        units,
        area,
        HEADING,
        Clock.fixed(now, ZoneOffset.UTC),
        new SplittableRandom(7));
  }

  private PlanPublicationService service() {
    return service("T", NOW);
  }

  private static void assertKind(Throwable t, EduDxException.Kind kind, String code) {
    assertThat(t).isInstanceOf(EduDxException.class);
    EduDxException e = (EduDxException) t;
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.problems().get(0).code()).isEqualTo(code);
    assertThat(e.problems().get(0).message().vi()).isNotBlank().doesNotContain(code);
    assertThat(e.problems().get(0).message().en()).isNotBlank().doesNotContain(code);
  }

  @Test
  void leadershipPublishesTheEvaluationAsACanonicalSnapshotWithItsChecksum() throws Exception {
    StoredPlanPublication p = service().publish("test-plan", 2024, LEADER, null, null, null);

    PlanPublication s = p.snapshot();
    assertThat(s.id()).startsWith("plan-pub-");
    assertThat(s.plan()).isEqualTo("test-plan@1");
    assertThat(s.year()).isEqualTo(2024);
    assertThat(s.area()).isEqualTo("T");
    // The authority, never the person's account name.
    assertThat(s.approvedBy()).isEqualTo("LEADERSHIP PGD");
    assertThat(new String(p.json(), StandardCharsets.UTF_8)).doesNotContain("lanh.dao");
    assertThat(s.approvedAt()).isEqualTo(NOW);
    assertThat(s.embargoUntil()).isEqualTo(NOW);
    assertThat(s.heading()).isEqualTo(HEADING);
    assertThat(s.methodology().vi()).contains("test-plan@1", "2024");
    assertThat(s.evaluation().targets().get(0).town().value()).isEqualByComparingTo("35");
    assertThat(s.evaluation().summary()).containsEntry(PlanStatus.ON_TRACK, 1);
    assertThat(p.checksum())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(p.json())));
    assertThat(PlanJson.read(p.json())).isEqualTo(s);
    // Canonical: sorted keys, no whitespace, plain decimals.
    String json = new String(p.json(), StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"approvedAt\":\"2025-03-01T03:00:00Z\",\"approvedBy\":");
    assertThat(json).doesNotContain("\n", "E+").contains("\"finalTarget\":50,");
    assertThat(store.list()).containsExactly(p);
    assertThat(service().current("test-plan", 2024)).contains(p);
    assertThat(service().current("test-plan", 2023)).isEmpty();
  }

  @Test
  void theSameDataGiveTheSameBytes() {
    StoredPlanPublication a = service().publish("test-plan", 2024, LEADER, null, null, null);
    store.byId.clear();
    StoredPlanPublication b = service().publish("test-plan", 2024, LEADER, null, null, null);

    assertThat(b.json()).isEqualTo(a.json());
    assertThat(b.checksum()).isEqualTo(a.checksum());
  }

  @Test
  void thePublicSnapshotKeepsSourceRowAndTimeButNoUserOrFileName() {
    StoredPlanPublication p = service().publish("test-plan", 2024, LEADER, null, null, null);

    List<PlanInput> inputs = p.snapshot().evaluation().targets().get(0).inputs();
    assertThat(inputs).isNotEmpty();
    assertThat(inputs)
        .allSatisfy(
            i -> {
              assertThat(i.provenance().receivedBy()).isNull();
              assertThat(i.provenance().origin()).isNull();
              assertThat(i.provenance().source()).isEqualTo("test");
              assertThat(i.provenance().row()).isNotNull();
              assertThat(i.provenance().receivedAt()).isEqualTo(Instant.EPOCH);
            });
    String json = new String(p.json(), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("tester", "fixture.csv").contains("\"source\":\"test\"");
  }

  @Test
  void theTasksEvidenceKeepsItsSourceButNotTheUserOrFileEither() {
    PlanTask fibre =
        new PlanTask(
            "FIBRE",
            "III.1.b",
            new LocalizedText("Cáp quang", "Fibre"),
            "text",
            "plan.task.fibre",
            null,
            null,
            List.of("ONL"));
    data.put(2024, "PGD", "plan.task.fibre", "IN_PROGRESS");
    PlanPublicationService service =
        new PlanPublicationService(
            new PublicationFakes.Plans(Fixture.plan(List.of(fibre), onl), data),
            new PublicationFakes.Plans(Fixture.plan(List.of(fibre), onl), data),
            store,
            units,
            "T",
            HEADING,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new SplittableRandom(7));
    StoredPlanPublication p = service.publish("test-plan", 2024, LEADER, null, null, null);

    List<PlanInput> inputs = p.snapshot().evaluation().tasks().get(0).inputs();
    assertThat(inputs).hasSize(1);
    assertThat(inputs.get(0).provenance().receivedBy()).isNull();
    assertThat(inputs.get(0).provenance().origin()).isNull();
    assertThat(inputs.get(0).provenance().source()).isEqualTo("test");
    assertThat(new String(p.json(), StandardCharsets.UTF_8))
        .contains("IN_PROGRESS")
        .doesNotContain("tester", "fixture.csv");
  }

  @Test
  void onlyLeadershipMayPublish() {
    for (Caller c :
        new Caller[] {
          new Caller("reviewer", Role.OFFICE_REVIEWER, "PGD"),
          new Caller("admin", Role.OFFICE_ADMIN, null),
          new Caller("th01", Role.SCHOOL, "S1"),
          null
        }) {
      assertThatThrownBy(() -> service().publish("test-plan", 2024, c, null, null, null))
          .satisfies(e -> assertKind(e, EduDxException.Kind.FORBIDDEN, "plan.publish.forbidden"));
    }
    assertThat(store.list()).isEmpty();
    assertThat(plans.evaluations).isZero();
  }

  @Test
  void theCallersAreaMustCoverThePlansArea() {
    Caller other = new Caller("khac", Role.LEADERSHIP, "PGD2");
    assertThatThrownBy(() -> service().publish("test-plan", 2024, other, null, null, null))
        .satisfies(e -> assertKind(e, EduDxException.Kind.FORBIDDEN, "plan.publish.outside-area"));
    // A bound leader never covers the whole register; an unbound one covers everything.
    assertThatThrownBy(
            () -> service(null, NOW).publish("test-plan", 2024, LEADER, null, null, null))
        .satisfies(e -> assertKind(e, EduDxException.Kind.FORBIDDEN, "plan.publish.outside-area"));
    Caller unbound = new Caller("so", Role.LEADERSHIP, null);
    assertThat(service(null, NOW).publish("test-plan", 2024, unbound, null, null, null))
        .isNotNull();

    PlanPublicationService s = service();
    assertThat(s.covers("PGD", "T")).as("the office of the town").isTrue();
    assertThat(s.covers("T", "W1")).as("the town covers its ward").isTrue();
    assertThat(s.covers("PGD2", "T")).isFalse();
    assertThat(s.covers("S1", "T")).as("a school is not the town's authority").isFalse();
    assertThat(s.covers(null, null)).isTrue();
  }

  @Test
  void aYearAfterTheCurrentOneInVietnamIsRefused() {
    // 16:00 UTC on 31 December is 23:00 in Vietnam: still 2025 there.
    PlanPublicationService lateEvening = service("T", Instant.parse("2025-12-31T16:00:00Z"));
    assertThatThrownBy(() -> lateEvening.publish("test-plan", 2026, LEADER, null, null, null))
        .satisfies(e -> assertKind(e, EduDxException.Kind.INVALID, "plan.publish.year.future"));
    // 17:00 UTC is midnight in Vietnam: 2026 has begun there.
    PlanPublicationService newYear = service("T", Instant.parse("2025-12-31T17:00:00Z"));
    assertThat(newYear.publish("test-plan", 2026, LEADER, null, null, null).snapshot().year())
        .isEqualTo(2026);
  }

  @Test
  void aYearWithoutAnyDataCanBePublishedAndSaysNoData() {
    StoredPlanPublication p = service().publish("test-plan", 2023, LEADER, null, null, null);

    assertThat(p.snapshot().evaluation().targets())
        .allSatisfy(t -> assertThat(t.status().status()).isEqualTo(PlanStatus.NO_DATA));
  }

  @Test
  void anUnknownPlanIsNotFoundAndAnEmbargoInThePastIsRefused() {
    assertThatThrownBy(() -> service().publish("nope", 2024, LEADER, null, null, null))
        .satisfies(e -> assertKind(e, EduDxException.Kind.NOT_FOUND, "plan.unknown"));
    assertThatThrownBy(
            () -> service().publish("test-plan", 2024, LEADER, NOW.minusSeconds(3600), null, null))
        .satisfies(e -> assertKind(e, EduDxException.Kind.INVALID, "plan.publish.embargo.past"));
  }

  @Test
  void aSecondPublicationMustSupersedeTheCurrentOneWithAReason() {
    PlanPublicationService s = service();
    StoredPlanPublication first = s.publish("test-plan", 2024, LEADER, null, null, null);

    assertThatThrownBy(() -> s.publish("test-plan", 2024, LEADER, null, null, null))
        .satisfies(e -> assertKind(e, EduDxException.Kind.CONFLICT, "plan.publish.exists"))
        .satisfies(
            e ->
                assertThat(((EduDxException) e).problems().get(0).hint().vi())
                    .contains(first.id(), "supersedes"));
    assertThatThrownBy(() -> s.publish("test-plan", 2024, LEADER, null, first.id(), "  "))
        .satisfies(e -> assertKind(e, EduDxException.Kind.INVALID, "plan.publish.reason.required"));
    assertThatThrownBy(() -> s.publish("test-plan", 2024, LEADER, null, "plan-pub-nope", "x"))
        .satisfies(
            e -> assertKind(e, EduDxException.Kind.NOT_FOUND, "plan.publish.supersedes.unknown"));
    assertThatThrownBy(() -> s.publish("test-plan", 2023, LEADER, null, first.id(), "x"))
        .satisfies(
            e -> assertKind(e, EduDxException.Kind.INVALID, "plan.publish.supersedes.other"));

    StoredPlanPublication second =
        s.publish("test-plan", 2024, LEADER, null, first.id(), " sai số liệu ");

    assertThat(second.snapshot().supersedes()).isEqualTo(first.id());
    assertThat(second.snapshot().reason()).isEqualTo("sai số liệu");
    assertThat(s.find(first.id()).orElseThrow().supersededBy()).isEqualTo(second.id());
    assertThat(s.current("test-plan", 2024).orElseThrow().id()).isEqualTo(second.id());
    assertThatThrownBy(() -> s.publish("test-plan", 2024, LEADER, null, first.id(), "lại"))
        .satisfies(
            e -> assertKind(e, EduDxException.Kind.CONFLICT, "plan.publish.supersedes.superseded"));
    // Another year is another publication.
    assertThat(s.publish("test-plan", 2023, LEADER, null, null, null)).isNotNull();
  }

  @Test
  void aCorrectionKeepsARunningEmbargoAndIsNotAnnouncedBeforeItsTime() {
    Instant embargo = NOW.plusSeconds(3600);
    PlanPublicationService s = service();
    StoredPlanPublication first = s.publish("test-plan", 2024, LEADER, embargo, null, null);

    // Earlier than the running embargo: refused; none asked for: the old one is kept.
    assertThatThrownBy(
            () -> s.publish("test-plan", 2024, LEADER, NOW.plusSeconds(60), first.id(), "sửa số"))
        .satisfies(e -> assertKind(e, EduDxException.Kind.INVALID, "plan.publish.embargo.early"));
    StoredPlanPublication second = s.publish("test-plan", 2024, LEADER, null, first.id(), "sửa");
    assertThat(second.snapshot().embargoUntil()).isEqualTo(embargo);

    // A public publication corrected under an embargo is not shown superseded until the correction
    // is public.
    // (Another seed: each service draws ids from its own generator.)
    PlanPublicationService at =
        new PlanPublicationService(
            plans,
            plans,
            store,
            units,
            "T",
            HEADING,
            Clock.fixed(embargo.plusSeconds(1), ZoneOffset.UTC),
            new SplittableRandom(8));
    StoredPlanPublication third =
        at.publish("test-plan", 2024, LEADER, embargo.plusSeconds(7200), second.id(), "sửa lần 2");
    assertThat(third.id()).isNotIn(first.id(), second.id());
    StoredPlanPublication stored = at.find(second.id()).orElseThrow();
    assertThat(stored.supersededBy()).isEqualTo(third.id());
    assertThat(at.asPublic(stored).supersededBy()).isNull();
    assertThat(at.html(second.id())).doesNotContain(third.id());
    PlanPublicationService after = service("T", embargo.plusSeconds(7201));
    assertThat(after.asPublic(stored).supersededBy()).isEqualTo(third.id());
    assertThat(after.html(second.id())).contains(third.id());
  }

  @Test
  void anEmbargoedPublicationIsSeenOnlyByTheOfficeOfItsArea() {
    StoredPlanPublication p =
        service().publish("test-plan", 2024, LEADER, NOW.plusSeconds(3600), null, null);

    PlanPublicationService s = service();
    assertThat(s.visible(p, null)).isFalse();
    assertThat(s.visible(p, new Caller("th01", Role.SCHOOL, "S1"))).isFalse();
    assertThat(s.visible(p, new Caller("khac", Role.OFFICE_REVIEWER, "PGD2"))).isFalse();
    assertThat(s.visible(p, new Caller("reviewer", Role.OFFICE_REVIEWER, "PGD"))).isTrue();
    assertThat(s.visible(p, new Caller("admin", Role.OFFICE_ADMIN, null))).isTrue();
    PlanPublicationService later = service("T", NOW.plusSeconds(3600));
    assertThat(later.visible(p, null)).isTrue();
  }

  @Test
  void reportsAreMadeFromTheSnapshotNeverFromANewEvaluation() {
    PlanPublicationService s = service();
    StoredPlanPublication p = s.publish("test-plan", 2024, LEADER, null, null, null);
    int evaluated = plans.evaluations;
    String html = s.html(p.id());
    byte[] xlsx = s.xlsx(p.id());

    // Late values arrive for 2024 after publishing: the live evaluation moves, the report does not.
    data.ratio(2024, "S2", "plan.onl", 90, "plan.stu", 100);
    data.ratio(2024, "S1", "plan.onl", 95, "plan.stu", 100);

    assertThat(s.html(p.id())).isEqualTo(html);
    assertThat(s.xlsx(p.id())).isEqualTo(xlsx);
    assertThat(plans.evaluations).isEqualTo(evaluated);
    assertThat(html).contains("35%").contains("2024").doesNotContain("61,67");
    String live =
        PlanReport.html(
            plans.plan,
            plans.evaluate("test-plan", 2024),
            vn.edudx.plan.report.ReportHeader.of(
                HEADING.authority(),
                HEADING.number(),
                HEADING.place(),
                java.time.LocalDate.of(2025, 3, 1)));
    assertThat(live).isNotEqualTo(html);
    // The heading is the snapshot's, dated the day of approval in Vietnam.
    assertThat(html).contains("12/BC-PGDĐT", "Ngã Năm, ngày 01 tháng 3 năm 2025");
    assertThatThrownBy(() -> s.html("plan-pub-nope"))
        .satisfies(e -> assertKind(e, EduDxException.Kind.NOT_FOUND, "plan.publication.unknown"));
  }

  @Test
  void aSupersededReportSaysSoAndByWhichPublication() {
    PlanPublicationService s = service();
    StoredPlanPublication first = s.publish("test-plan", 2024, LEADER, null, null, null);
    String before = s.html(first.id());
    assertThat(before).doesNotContain("class=\"notice\"");
    StoredPlanPublication second =
        s.publish("test-plan", 2024, LEADER, null, first.id(), "Sửa số liệu <S1>");

    String old = s.html(first.id());
    assertThat(old)
        .contains("class=\"notice\"", "đã được thay thế bởi bản " + second.id())
        .contains("was superseded by " + second.id());
    assertThat(old.indexOf("class=\"notice\"")).isLessThan(old.indexOf("class=\"heading\""));
    // Apart from the notice, the old report is what it was.
    assertThat(old.replaceAll("(?s)<div class=\"notice\".*?</div>\n", "")).isEqualTo(before);
    assertThat(s.html(second.id()))
        .contains("thay thế bản " + first.id(), "Sửa số liệu &lt;S1&gt;")
        .doesNotContain("<S1>");
  }
}
