package vn.edudx.ranking.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.InputUsed;
import vn.edudx.api.score.Outcome;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;
import vn.edudx.api.workflow.Transition;

/** In-memory register, scores, assessments and one indicator set ({@code s}) for ranking tests. */
final class Fixture {

  static final String NOW = "2024-2025";
  static final String BEFORE = "2023-2024";

  final List<OrgUnit> register = new ArrayList<>();
  final List<Score> stored = new ArrayList<>();
  final List<Assessment> assessed = new ArrayList<>();

  final UnitStore units =
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

  final ScoreStore scores =
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

  final AssessmentStore assessments =
      new AssessmentStore() {
        @Override
        public Optional<Assessment> find(String unitCode, String period, String setId) {
          return Optional.empty();
        }

        @Override
        public List<Assessment> list(String period, AssessmentState state) {
          return assessed.stream()
              .filter(a -> a.period().equals(period) && (state == null || a.state() == state))
              .toList();
        }

        @Override
        public Assessment save(Assessment assessment, List<Transition> entries) {
          return assessment;
        }

        @Override
        public List<Transition> history(String unitCode, String period, String setId) {
          return List.of();
        }
      };

  /** Applies to every level but preschool, like MOET 4725. */
  final IndicatorSetRegistry registry =
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

  StandardRanking ranking() {
    return ranking(Settings.DEFAULT);
  }

  StandardRanking ranking(Settings settings) {
    return new StandardRanking(scores, units, registry, assessments, settings);
  }

  void place(String code, UnitType type, String parent) {
    register.add(new OrgUnit(code, code, type, null, parent, null, null, null, "t"));
  }

  /** A school named "Trường " + code. */
  void school(String code, SchoolLevel level, String parent, String authority) {
    register.add(
        new OrgUnit(
            code, "Trường " + code, UnitType.SCHOOL, level, parent, authority, null, null, "t"));
  }

  /** A live score with groups G1, G2, … of the given points. */
  void live(String unit, String period, String... groupPoints) {
    stored.add(score(unit, period, groupPoints));
  }

  void assessment(String unit, String period, AssessmentState state, String... groupPoints) {
    assessed.add(
        new Assessment(
            unit,
            period,
            "s",
            1,
            state,
            false,
            null,
            false,
            null,
            null,
            null,
            state == AssessmentState.APPROVED ? score(unit, period, groupPoints) : null,
            1));
  }

  static Score score(String unit, String period, String... groupPoints) {
    List<GroupScore> groups = new ArrayList<>();
    for (int i = 0; i < groupPoints.length; i++) {
      groups.add(group("G" + (i + 1), groupPoints[i]));
    }
    return new Score(unit, period, "s", 1, Instant.EPOCH, groups, null, null, null);
  }

  /** A group out of 100 levelled like 4725 (&lt;50, 50–75, &gt;75), without criteria. */
  static GroupScore group(String code, String points) {
    BigDecimal p = new BigDecimal(points);
    int level =
        p.compareTo(BigDecimal.valueOf(50)) < 0
            ? 1
            : p.compareTo(BigDecimal.valueOf(75)) > 0 ? 3 : 2;
    return group(code, p, level, List.of());
  }

  /** A group out of 100 whose points are the sum of its criteria's. */
  static GroupScore group(String code, CriterionScore... criteria) {
    BigDecimal p =
        Arrays.stream(criteria)
            .filter(c -> c.type() != CriterionType.MANDATORY)
            .map(CriterionScore::points)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return group(code, p, 0, List.of(criteria));
  }

  private static GroupScore group(
      String code, BigDecimal points, int level, List<CriterionScore> criteria) {
    return new GroupScore(
        code,
        LocalizedText.of(code),
        points,
        BigDecimal.valueOf(100),
        null,
        level,
        LocalizedText.of(""),
        List.of(),
        List.of(),
        criteria,
        null);
  }

  /** A criterion with one input from {@code source} ({@code null}: no inputs). */
  static CriterionScore criterion(String code, String points, String max, String source) {
    return criterion(code, points, max, source, Outcome.PARTIAL, List.of());
  }

  static CriterionScore criterion(
      String code,
      String points,
      String max,
      String source,
      Outcome outcome,
      List<CriterionScore> children) {
    return new CriterionScore(
        code,
        LocalizedText.of(code),
        children.isEmpty() ? CriterionType.PERCENT : CriterionType.SUM,
        new BigDecimal(points),
        new BigDecimal(max),
        outcome,
        "r",
        LocalizedText.of(""),
        source == null ? List.of() : List.of(input(source)),
        children);
  }

  static InputUsed input(String source) {
    return new InputUsed(
        "u", "i", "1", 1, null, new Provenance(1, source, "x", "f.csv", 2, Instant.EPOCH, "t"));
  }
}
