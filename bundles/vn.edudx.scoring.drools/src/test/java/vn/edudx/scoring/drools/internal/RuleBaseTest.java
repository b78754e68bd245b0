package vn.edudx.scoring.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.DryRun;
import vn.edudx.api.indicator.SetVersion;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.scoring.drools.internal.definition.DefinitionReader;

/**
 * The rule base over in-memory stores: shipped versions, drafts, dry runs, activation, schools and
 * their office scored in one run, and the same data scored twice giving the same bytes.
 */
class RuleBaseTest {

  private static final String PERIOD = "2024-2025";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MemoryStores.Units units = new MemoryStores.Units();
  private final MemoryStores.Observations observations = new MemoryStores.Observations();
  private final MemoryStores.Scores scores = new MemoryStores.Scores();
  private final MemoryStores.Sets sets = new MemoryStores.Sets();
  private RuleBase ruleBase;
  private long ids = 1;

  @BeforeEach
  void ship() {
    ruleBase = new RuleBase(units, observations, scores, sets);
    ruleBase.ship(TestSets.definition("golden/golden-set.json"), "test/golden-set.json");
    ruleBase.ship(
        TestSets.definition("golden/golden-authority.json"), "test/golden-authority.json");
    units.upsert(
        List.of(
            new OrgUnit("O1", "Phòng O1", UnitType.OFFICE, null, null, null, null, null, "t"),
            school("S1"),
            school("S2"),
            school("S3")));
    value("O1", "o.plan", "true");
    for (String s : List.of("S1", "S2", "S3")) {
      value(s, "g.m", "true");
      value(s, "g.yes", "true");
      value(s, "g.band", s.equals("S1") ? "80" : "60");
      value(s, "g.pct", s.equals("S3") ? "30" : "90");
    }
  }

  private static OrgUnit school(String code) {
    return new OrgUnit(
        code, "Trường " + code, UnitType.SCHOOL, SchoolLevel.TH, null, "O1", null, null, "t");
  }

  private void value(String unit, String indicator, String value) {
    observations.values.add(TestSets.observation(ids++, unit, indicator, value));
  }

  @Test
  void theSchoolsAndThenTheirOfficeAreScoredInTheSameRunAndTheVersionIsFrozen() {
    List<Score> result = ruleBase.rescore(PERIOD, List.of("S1"));

    assertThat(result).extracting(Score::unitCode).containsExactly("S1", "O1");
    assertThat(ruleBase.progress()).as("no job left running").isEmpty();
    Score office = result.get(1);
    assertThat(office.setId()).isEqualTo("golden-authority");
    // S1 is fresh from this run; S2 and S3 were never scored and count as nothing.
    assertThat(
            office
                .allCriteria()
                .filter(c -> c.code().equals("O.2"))
                .findFirst()
                .orElseThrow()
                .inputs())
        .extracting(i -> i.unit())
        .containsExactly("S1", "S2", "S3");
    assertThat(sets.activation("golden", PERIOD))
        .hasValueSatisfying(
            a -> {
              assertThat(a.version()).isEqualTo(1);
              assertThat(a.by()).isEqualTo("system");
            });
  }

  @Test
  void scoringTheSameDataWithTheSameVersionTwiceGivesTheSameBytes() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    List<String> first = new ArrayList<>();
    for (Score s : ruleBase.rescore(PERIOD, List.of("S1", "S2", "S3"))) {
      first.add(json.writeValueAsString(withoutTime(s)));
    }
    List<String> second = new ArrayList<>();
    for (Score s : ruleBase.rescore(PERIOD, List.of("S1", "S2", "S3"))) {
      second.add(json.writeValueAsString(withoutTime(s)));
    }
    assertThat(second).isEqualTo(first).hasSize(4);
  }

  private static Score withoutTime(Score s) {
    return s.at(null);
  }

  @Test
  void aChangedVersionIsDryRunThenActivatedAndTheNewScoresRecordIt() throws Exception {
    ruleBase.rescore(PERIOD, List.of("S1", "S2", "S3"));
    // Version 2 gives the yes/no criterion A.2 nothing and moves its 10 points to A.3.
    ObjectNode tree =
        (ObjectNode)
            JSON.readTree(
                DefinitionReader.canonical(TestSets.definition("golden/golden-set.json")));
    tree.put("version", 2);
    for (JsonNode c : tree.path("groups").get(0).path("criteria")) {
      if (c.path("code").asText().equals("A.2")) {
        ((ObjectNode) c).put("maxPoints", 0);
      }
      if (c.path("code").asText().equals("A.3")) {
        ((ObjectNode) c).put("maxPoints", 30);
      }
    }
    String v2 = JSON.writeValueAsString(tree);
    SetVersion draft =
        ruleBase.upload("golden-v2.json", v2.getBytes(StandardCharsets.UTF_8), "clerk");
    assertThat(draft.status()).isEqualTo(SetVersion.Status.DRAFT);
    int writes = scores.writes;

    DryRun dry = ruleBase.dryRun("golden", 2, PERIOD);

    assertThat(scores.writes).as("a dry run stores nothing").isEqualTo(writes);
    assertThat(dry.baseVersion()).isEqualTo(1);
    assertThat(dry.unitsScored()).isEqualTo(3);
    DryRun.UnitChange s3 =
        dry.units().stream().filter(u -> u.unitCode().equals("S3")).findFirst().orElseThrow();
    // S3: before 10 (A.2) + 6 (30 % of 20) + 10 (band 60) = 26; after 0 + 9 + 10 = 19.
    assertThat(s3.totalBefore()).isEqualByComparingTo("26");
    assertThat(s3.totalAfter()).isEqualByComparingTo("19");
    assertThat(s3.changed()).isTrue();
    assertThat(dry.unitsChanged()).isEqualTo(3);
    assertThat(scores.find("S3", PERIOD, "golden").orElseThrow().setVersion()).isEqualTo(1);

    ruleBase.activate("golden", 2, PERIOD, "leader");

    Score after = scores.find("S3", PERIOD, "golden").orElseThrow();
    assertThat(after.setVersion()).isEqualTo(2);
    assertThat(after.total()).isEqualByComparingTo("19");
    assertThat(
            after
                .allCriteria()
                .filter(c -> c.code().equals("A.3"))
                .findFirst()
                .orElseThrow()
                .rule())
        .isEqualTo("golden@2 A.3 share");
    assertThat(sets.activation("golden", PERIOD).orElseThrow().version()).isEqualTo(2);
    // The office was rescored from the new school scores in the same run.
    assertThat(scores.find("O1", PERIOD, "golden-authority")).isPresent();

    // Once activated, version 2 never changes: other content under its number is refused.
    assertThatThrownBy(
            () ->
                ruleBase.upload(
                    "golden-v2b.json",
                    v2.replace("\"Golden set\"", "\"Golden set, changed\"")
                        .getBytes(StandardCharsets.UTF_8),
                    "clerk"))
        .isInstanceOf(EduDxException.class)
        .satisfies(
            e -> assertThat(((EduDxException) e).kind()).isEqualTo(EduDxException.Kind.CONFLICT));
  }

  @Test
  void aSetAnOfficeUploadedAndActivatedIsInUseLikeAShippedOne() throws Exception {
    ObjectNode local =
        (ObjectNode)
            JSON.readTree(DefinitionReader.canonical(TestSets.definition("golden/boundary.json")));
    local.put("id", "local-set");
    local.putArray("schoolLevels").add("TH");
    ruleBase.upload("local.json", JSON.writeValueAsBytes(local), "clerk");
    assertThat(ruleBase.find("local-set")).as("a draft is not in use").isEmpty();
    value("S1", "b.pct", "55"); // S1 reports the office's own indicator

    ruleBase.activate("local-set", 1, PERIOD, "leader");

    assertThat(ruleBase.find("local-set")).isPresent();
    assertThat(ruleBase.sets()).extracting(s -> s.id()).contains("local-set", "golden");
    assertThat(scores.find("S1", PERIOD, "local-set")).isPresent();
  }

  @Test
  void aUnitWithNoValueOfASetsIndicatorsInThePeriodIsNotScoredByIt() throws Exception {
    ObjectNode local =
        (ObjectNode)
            JSON.readTree(DefinitionReader.canonical(TestSets.definition("golden/boundary.json")));
    local.put("id", "local-set");
    local.putArray("schoolLevels").add("TH");
    ruleBase.upload("local.json", JSON.writeValueAsBytes(local), "clerk");
    // Only S2 reports the local set's indicator: S1 and S3 would score 0 from nothing.
    value("S2", "b.pct", "55");

    ruleBase.activate("local-set", 1, PERIOD, "leader");

    assertThat(scores.find("S2", PERIOD, "local-set")).isPresent();
    assertThat(scores.find("S1", PERIOD, "local-set")).isEmpty();
    assertThat(scores.find("S3", PERIOD, "local-set")).isEmpty();
    // Their golden scores, from their golden values, are untouched.
    assertThat(ruleBase.rescore(PERIOD, List.of("S1")))
        .extracting(Score::setId)
        .doesNotContain("local-set");
  }

  @Test
  void aRetiredVersionCannotBeActivatedAndTheDrlCanBeRead() {
    assertThat(ruleBase.drl("golden", 1)).contains("rule \"golden@1 A.5 band 3\"");
    ruleBase.retire("golden", 1, "leader");
    assertThatThrownBy(() -> ruleBase.activate("golden", 1, PERIOD, "leader"))
        .isInstanceOf(EduDxException.class);
    assertThat(ruleBase.find("golden")).as("no current version once retired").isEmpty();
    assertThat(ruleBase.find("golden", 1)).isPresent();
  }

  @Test
  void anAggregateOverAMissingSetIsReportedWithItsPlace() {
    String broken =
        DefinitionReader.canonical(TestSets.definition("golden/golden-authority.json"))
            .replace("\"version\" : 1", "\"version\" : 3")
            .replace("\"set\" : \"golden\"", "\"set\" : \"nowhere\"");
    assertThatThrownBy(
            () -> ruleBase.upload("a.json", broken.getBytes(StandardCharsets.UTF_8), "clerk"))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(4)
                    .allSatisfy(
                        p -> {
                          assertThat(p.field()).endsWith(".aggregate.set");
                          assertThat(p.message().vi()).contains("nowhere");
                        }));
    assertThat(Map.copyOf(sets.versions)).doesNotContainKey("golden-authority@3");
  }
}
