package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.PlanTarget;
import vn.edudx.api.plan.TargetEvaluation;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;

/** Reading an area's units and calendar years from the stores, and the evaluation as JSON. */
class StoredPlanDataTest {

  private static final String N = "plan.learners-online-means";
  private static final String D = "plan.learners";
  private static final PlanTarget ONL_STU =
      Fixture.target(
          "ONL-STU", Fixture.ratio(N, D), Set.of(UnitType.SCHOOL), Fixture.ALL_LEVELS, 50, 100);

  @Test
  void onlyTheAreasUnitsAndCalendarYearsUpToTheYearAreRead() {
    Fixture f =
        new Fixture()
            .ratio(2022, "S1", N, 10, D, 100)
            .ratio(2024, "S1", N, 40, D, 100)
            .ratio(2024, "X1", N, 0, D, 100)
            .ratio(2026, "S1", N, 90, D, 100);
    // Another town's school, which must not count.
    f.register.add(Fixture.unit("X", "Thị xã khác", UnitType.DISTRICT, null, null));
    f.register.add(Fixture.unit("X1", "Trường khác", UnitType.SCHOOL, SchoolLevel.TH, "X"));

    YearEvaluator evaluator =
        StoredPlanData.evaluator(Fixture.plan(ONL_STU), units(f), store(f), "T", 2024);
    TargetEvaluation e = evaluator.evaluate(ONL_STU, 2024);

    // S1 only: 40/100 = 40.00 %; X1's 0/100 and the 2026 value are left out.
    assertThat(e.town().value()).isEqualByComparingTo("40.00");
    assertThat(e.baseline().value()).isEqualByComparingTo("10.00");
    assertThat(e.coverage().covered()).isEqualTo(4);
  }

  @Test
  void anEvaluationIsPlainJsonAndADefinitionReadsBackEqual() throws Exception {
    Fixture f = new Fixture().ratio(2024, "S1", N, 40, D, 100);
    PlanEvaluation e = f.evaluator(ONL_STU).evaluate(2024);
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    // No 2022 value: the line is flat at 50; 40 < 45 and ≥ 35 → at risk.
    String text = json.writeValueAsString(e);

    assertThat(text).contains("\"status\":\"AT_RISK\"", "\"noDataReason\"", "\"pullingDown\"");
    assertThat(text).doesNotContain("hasValue");
    assertThat(e.summary()).containsEntry(PlanStatus.AT_RISK, 1);

    PlanDefinition plan = PlanReaderTest.shipped();
    assertThat(json.readValue(json.writeValueAsString(plan), PlanDefinition.class)).isEqualTo(plan);
  }

  private static UnitStore units(Fixture f) {
    return new UnitStore() {
      @Override
      public Optional<OrgUnit> find(String code) {
        return f.register.stream().filter(u -> u.code().equals(code)).findFirst();
      }

      @Override
      public List<OrgUnit> list(UnitType type, SchoolLevel level) {
        return List.copyOf(f.register);
      }

      @Override
      public List<OrgUnit> findAll(Collection<String> codes) {
        return f.register.stream().filter(u -> codes.contains(u.code())).toList();
      }

      @Override
      public int upsert(List<OrgUnit> units) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long count() {
        return f.register.size();
      }
    };
  }

  private static ObservationStore store(Fixture f) {
    return new ObservationStore() {
      @Override
      public List<Observation> current(String period, Collection<String> unitCodes) {
        return f.observations.getOrDefault(Integer.parseInt(period), List.of()).stream()
            .filter(o -> unitCodes.contains(o.unitCode()))
            .toList();
      }

      @Override
      public Set<String> periods() {
        Set<String> periods = new TreeSet<>();
        f.observations.keySet().forEach(y -> periods.add(String.valueOf(y)));
        periods.add("2023-2024"); // a school year: not read by the plan
        return periods;
      }

      @Override
      public ImportBatch accept(
          BatchHeader header, int rows, List<NewObservation> values, List<Problem> skipped) {
        throw new UnsupportedOperationException();
      }

      @Override
      public ImportBatch reject(BatchHeader header, int rows, List<Problem> problems) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<Observation> history(String unitCode, String period, String indicatorCode) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<ImportBatch> batches(int offset, int limit) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<ImportBatch> batch(long id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Set<String> unitsWithData(String period) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long count() {
        return 0;
      }
    };
  }
}
