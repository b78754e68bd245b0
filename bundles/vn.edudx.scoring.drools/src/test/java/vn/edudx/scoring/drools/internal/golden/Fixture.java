package vn.edudx.scoring.drools.internal.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.scoring.drools.internal.TestSets;
import vn.edudx.scoring.drools.internal.engine.ChildResult;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;
import vn.edudx.scoring.drools.internal.engine.UnitInput;

/** Builds units and values, and scores them with both engines, which must agree. */
final class Fixture {

  static final String PERIOD = "2024-2025";
  static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static long nextId = 1;

  private Fixture() {}

  static OrgUnit school(String code, SchoolLevel level) {
    return new OrgUnit(code, code, UnitType.SCHOOL, level, null, "O1", null, null, "t");
  }

  static OrgUnit office(String code) {
    return new OrgUnit(code, code, UnitType.OFFICE, null, null, null, null, null, "t");
  }

  static List<Observation> values(String unit, Map<String, String> values) {
    List<Observation> all = new ArrayList<>();
    values.forEach(
        (indicator, value) ->
            all.add(
                new Observation(
                    nextId++,
                    unit,
                    PERIOD,
                    indicator,
                    value,
                    null,
                    null,
                    new Provenance(1, "file", "default", "golden.csv", 2, NOW, "test"))));
    return all;
  }

  /** Scores one unit with the generated rules; the reference evaluator must give the same. */
  static Score score(CompiledSet set, OrgUnit unit, Map<String, String> values) {
    return score(set, unit, values, List.of());
  }

  static Score score(
      CompiledSet set, OrgUnit unit, Map<String, String> values, List<ChildResult> children) {
    List<UnitInput> in = new ArrayList<>();
    for (UnitInput u : set.inputs(List.of(unit), values(unit.code(), values), PERIOD)) {
      in.add(new UnitInput(u.unit(), u.inputs(), children));
    }
    List<Score> drools = set.score(in, PERIOD, NOW);
    assertThat(set.scoreByReference(in, PERIOD, NOW))
        .as("the reference evaluator agrees with the rules")
        .isEqualTo(drools);
    return drools.get(0);
  }

  static CriterionScore criterion(Score s, String code) {
    return TestSets.criterion(s, code);
  }
}
