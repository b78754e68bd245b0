package vn.edudx.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.plan.MetricKind;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanStore;
import vn.edudx.api.plan.PlanVersion;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/** Plan definitions as frozen versions: canonical bytes, stored once, never changed. */
class PlanVersionsTest {

  private static final Instant AT = Instant.parse("2026-11-28T00:00:00Z");

  /** A store with the rule the database keeps: other content under a stored number is refused. */
  static final class MemoryStore implements PlanStore {
    final List<PlanVersion> rows = new ArrayList<>();

    @Override
    public PlanVersion save(PlanVersion v) {
      Optional<PlanVersion> old = find(v.id(), v.version());
      if (old.isPresent()) {
        if (!old.get().checksum().equals(v.checksum())) {
          throw new EduDxException(
              EduDxException.Kind.CONFLICT,
              List.of(Problem.general("version", LocalizedText.of("frozen"), null)));
        }
        return old.get().summary();
      }
      rows.add(v);
      return v.summary();
    }

    @Override
    public Optional<PlanVersion> find(String id, int version) {
      return rows.stream().filter(r -> r.id().equals(id) && r.version() == version).findFirst();
    }

    @Override
    public List<PlanVersion> versions() {
      return rows.stream()
          .sorted(Comparator.comparing(PlanVersion::id).thenComparing(PlanVersion::version))
          .map(PlanVersion::summary)
          .toList();
    }
  }

  private static final PlanDefinition PLAN =
      Fixture.plan(
          Fixture.target(
              "ONL-STU",
              Fixture.ratio("plan.learners-online-means", "plan.learners"),
              Set.of(UnitType.SCHOOL),
              Set.of(SchoolLevel.TH, SchoolLevel.MN),
              50,
              100),
          Fixture.target(
              "SAT",
              Fixture.of(MetricKind.AVERAGE, "plan.satisfaction"),
              Set.of(UnitType.SCHOOL),
              Set.of(SchoolLevel.THCS),
              80,
              null));

  @Test
  void theCanonicalJsonReadsBackToTheSameDefinitionAndTheSameBytes() {
    String json = PlanVersions.canonical(PLAN);
    MemoryStore store = new MemoryStore();
    PlanVersions versions = new PlanVersions(store);
    versions.register(PLAN, "upload:test.json", "clerk", AT);
    // A fresh reader (another start) parses the stored JSON.
    PlanDefinition back = new PlanVersions(store).definitions().get(0);
    assertThat(back).isEqualTo(PLAN);
    assertThat(PlanVersions.canonical(back)).isEqualTo(json);
    // Keys in alphabetical order; decimals as written, never 5E+1.
    assertThat(json).startsWith("{\"baselineYear\":2022,").contains("\"finalTarget\":50,");
    assertThat(store.rows.get(0).checksum()).hasSize(64).isEqualTo(PlanVersions.sha256(json));
  }

  @Test
  void theSameDefinitionTwiceIsStoredOnceAndOtherContentUnderItsNumberIsRefused() {
    MemoryStore store = new MemoryStore();
    PlanVersions versions = new PlanVersions(store);
    versions.register(PLAN, "bundle:rules/plan.json", "system", AT);
    versions.register(PLAN, "upload:plan.json", "clerk", AT.plusSeconds(60));
    assertThat(store.rows).hasSize(1);
    assertThat(store.rows.get(0).createdBy()).isEqualTo("system");

    PlanDefinition changed =
        Fixture.plan(
            Fixture.target(
                "ONL-STU",
                Fixture.ratio("plan.learners-online-means", "plan.learners"),
                Set.of(UnitType.SCHOOL),
                Set.of(),
                60,
                100));
    assertThatThrownBy(() -> versions.register(changed, "upload:plan.json", "clerk", AT))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT));
    assertThat(versions.definitions()).containsExactly(PLAN);
  }
}
