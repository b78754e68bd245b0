package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.InputUsed;
import vn.edudx.api.score.Outcome;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

class JpaUnitAndScoreStoreTest {

  private EntityManagerFactory emf;

  @BeforeEach
  void open() {
    emf = TestDatabase.open();
  }

  @AfterEach
  void close() {
    emf.close();
  }

  @Test
  void upsertAddsThenReplacesAndFiltersByTypeAndLevel() {
    JpaUnitStore units = new JpaUnitStore(emf);
    OrgUnit school =
        new OrgUnit(
            "S1", "Trường A", UnitType.SCHOOL, SchoolLevel.TH, "P1", "PGD", null, null, "test");
    OrgUnit ward =
        new OrgUnit(
            "P1", "Phường 1", UnitType.WARD, null, null, null, LocalDate.of(2019, 1, 1), null, "t");

    assertThat(units.upsert(List.of(school, ward))).isEqualTo(2);
    OrgUnit renamed =
        new OrgUnit(
            "S1", "Trường B", UnitType.SCHOOL, SchoolLevel.TH, "P1", "PGD", null, null, "test");
    assertThat(units.upsert(List.of(renamed))).isZero();

    assertThat(units.find("S1")).contains(renamed);
    assertThat(units.list(UnitType.SCHOOL, null)).containsExactly(renamed);
    assertThat(units.list(null, SchoolLevel.THCS)).isEmpty();
    assertThat(units.list(null, null)).hasSize(2);
    assertThat(units.findAll(List.of("P1", "NOPE"))).containsExactly(ward);
    assertThat(units.count()).isEqualTo(2);
  }

  @Test
  void aScoreComesBackWithItsWholeExplanationAndIsReplacedNotDuplicated() {
    JpaScoreStore scores = new JpaScoreStore(emf);
    Provenance source =
        new Provenance(
            7, "demo", "default", "x.csv", 4, Instant.parse("2025-05-01T00:00:00Z"), "s");
    CriterionScore c =
        new CriterionScore(
            "1.3.1",
            new LocalizedText("Phần mềm", "Software"),
            CriterionType.YES_NO,
            new BigDecimal("6"),
            new BigDecimal("6"),
            Outcome.AWARDED,
            "rule 1.3.1",
            new LocalizedText("có", "yes"),
            List.of(new InputUsed("S1", "4725.1.3.1", "true", 11, null, source)),
            List.of());
    GroupScore g =
        new GroupScore(
            "G1",
            new LocalizedText("Dạy học", "Teaching"),
            new BigDecimal("6"),
            new BigDecimal("100"),
            new BigDecimal("100"),
            1,
            new LocalizedText("<50", "<50"),
            List.of(),
            List.of("4725.1.4"),
            List.of(c),
            null);
    Score first =
        new Score(
            "S1", "2024-2025", "moet-4725-2022", 1, Instant.now(), List.of(g), null, null, null);

    Score other =
        new Score(
            "S2", "2024-2025", "moet-4725-2022", 1, Instant.now(), List.of(g), null, null, null);
    Score rescored =
        new Score(
            "S2", "2024-2025", "moet-4725-2022", 1, Instant.now(), List.of(), null, null, null);

    scores.replace(List.of(first, other));
    scores.replace(List.of(first, rescored));

    assertThat(scores.forPeriod("2024-2025")).containsExactly(first, rescored);
    assertThat(scores.find("S1", "2024-2025", "moet-4725-2022")).contains(first);
    assertThat(scores.find("S1", "2024-2025", "moet-4725-2022").orElseThrow().usesDemoData())
        .isTrue();
    assertThat(scores.find("S1", "2023-2024", "moet-4725-2022")).isEmpty();
    assertThat(scores.find("S1", "2024-2025", "another-set")).isEmpty();
    assertThat(scores.findAll("2024-2025", "moet-4725-2022", List.of("S1", "S2", "NOPE")))
        .containsOnlyKeys("S1", "S2")
        .containsEntry("S1", first)
        .containsEntry("S2", rescored);
    assertThat(scores.findAll("2024-2025", "moet-4725-2022", List.of())).isEmpty();
  }
}
