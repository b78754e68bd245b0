package vn.edudx.scoring.drools.internal.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Criterion.Band;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;
import vn.edudx.scoring.drools.internal.TestSets;
import vn.edudx.scoring.drools.internal.engine.ChildResult;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;
import vn.edudx.scoring.drools.internal.engine.UnitInput;

/**
 * The generated rules against the reference evaluator on random units: every criterion of every
 * unit must be decided by the same rule with the same points, value and inputs. Each try scores a
 * batch of units generated from a seed that jqwik reports if the engines ever disagree.
 */
class DifferentialTest {

  private static final String PERIOD = "2024-2025";
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static final int UNITS_PER_TRY = 20;
  private static final List<SchoolLevel> LEVELS =
      List.of(
          SchoolLevel.TH,
          SchoolLevel.THCS,
          SchoolLevel.THPT,
          SchoolLevel.GDTX,
          SchoolLevel.TH_THCS);

  @Property(tries = 150)
  void theMoet4725RulesAgreeWithTheReference(@ForAll @LongRange long seed) {
    agree(TestSets.compiled("indicator-sets/moet-4725-2022.json"), seed);
  }

  @Property(tries = 150)
  void theGoldenRulesOfEveryTypeAgreeWithTheReference(@ForAll @LongRange long seed) {
    agree(TestSets.compiled("golden/golden-set.json"), seed);
  }

  @Property(tries = 100)
  void authoritiesAgreeWithTheReferenceOverRandomSchools(@ForAll @LongRange long seed) {
    Random random = new Random(seed);
    CompiledSet schools = TestSets.compiled("golden/golden-set.json");
    CompiledSet moet = TestSets.compiled("indicator-sets/moet-4725-2022.json");
    List<UnitInput> offices = new ArrayList<>();
    for (CompiledSet authoritySet :
        List.of(
            TestSets.compiled("golden/golden-authority.json"),
            TestSets.compiled("indicator-sets/moet-3806-2024.json"))) {
      CompiledSet source = authoritySet.set().id().equals("golden-authority") ? schools : moet;
      offices.clear();
      for (int o = 0; o < 5; o++) {
        OrgUnit office =
            new OrgUnit("O" + o, "O" + o, UnitType.OFFICE, null, null, null, null, null, "t");
        List<ChildResult> children = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
          OrgUnit school = school(office.code() + "S" + i, random);
          List<Observation> values = values(source.set(), school.code(), random);
          Score s =
              random.nextInt(8) == 0
                  ? null
                  : source
                      .score(source.inputs(List.of(school), values, PERIOD), PERIOD, NOW)
                      .get(0);
          Map<String, Observation> flags = new HashMap<>();
          values.stream()
              .filter(v -> v.indicatorCode().equals("g.yes"))
              .forEach(v -> flags.put("g.yes", v));
          children.add(new ChildResult(office.code(), school.code(), source.set().id(), s, flags));
        }
        List<Observation> own = values(authoritySet.set(), office.code(), random);
        UnitInput in = authoritySet.inputs(List.of(office), own, PERIOD).get(0);
        offices.add(new UnitInput(office, in.inputs(), children));
      }
      assertThat(authoritySet.scoreByReference(offices, PERIOD, NOW))
          .isEqualTo(authoritySet.score(offices, PERIOD, NOW));
    }
  }

  private static void agree(CompiledSet set, long seed) {
    Random random = new Random(seed);
    List<OrgUnit> units = new ArrayList<>();
    List<Observation> values = new ArrayList<>();
    for (int i = 0; i < UNITS_PER_TRY; i++) {
      OrgUnit u = school("S" + i, random);
      units.add(u);
      values.addAll(values(set.set(), u.code(), random));
    }
    List<UnitInput> in = set.inputs(units, values, PERIOD);
    List<Score> drools = set.score(in, PERIOD, NOW);
    List<Score> reference = set.scoreByReference(in, PERIOD, NOW);
    for (int i = 0; i < drools.size(); i++) {
      assertThat(reference.get(i))
          .as("unit %s, seed %d", units.get(i).code(), seed)
          .isEqualTo(drools.get(i));
    }
  }

  private static OrgUnit school(String code, Random random) {
    return new OrgUnit(
        code,
        code,
        UnitType.SCHOOL,
        LEVELS.get(random.nextInt(LEVELS.size())),
        null,
        "O",
        null,
        null,
        "t");
  }

  /** Random values for a set's indicators: often at thresholds, sometimes missing or odd. */
  private static List<Observation> values(IndicatorSet set, String unit, Random random) {
    Map<String, List<BigDecimal>> edges = new HashMap<>();
    for (Criterion c : set.allCriteria()) {
      if (c.input() != null) {
        List<BigDecimal> e = edges.computeIfAbsent(c.input(), k -> new ArrayList<>());
        for (Band b : c.bands()) {
          e.add(b.from());
          e.add(b.from().subtract(new BigDecimal("0.01")));
        }
      }
    }
    List<Observation> all = new ArrayList<>();
    long id = 1;
    for (Indicator i : set.indicators()) {
      if (random.nextInt(10) == 0) {
        continue; // missing
      }
      String value =
          switch (i.type()) {
            case BOOLEAN -> random.nextBoolean() ? "true" : "false";
            case PERCENT -> number(random, edges.get(i.code()), 100);
            case NUMBER -> random.nextInt(6) == 0 ? "0" : number(random, edges.get(i.code()), 60);
            case TEXT ->
                i.allowed().isEmpty() || random.nextInt(6) == 0
                    ? "OTHER"
                    : i.allowed().get(random.nextInt(i.allowed().size()));
          };
      all.add(
          new Observation(
              id++,
              unit,
              PERIOD,
              i.code(),
              value,
              null,
              null,
              new Provenance(1, "test", "default", "random", 2, NOW, "test")));
    }
    return all;
  }

  private static String number(Random random, List<BigDecimal> edges, int max) {
    if (edges != null && !edges.isEmpty() && random.nextBoolean()) {
      return edges.get(random.nextInt(edges.size())).max(BigDecimal.ZERO).toPlainString();
    }
    return BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2).toPlainString();
  }
}
