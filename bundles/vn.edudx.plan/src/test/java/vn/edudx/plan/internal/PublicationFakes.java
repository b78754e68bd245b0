package vn.edudx.plan.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanEvaluator;
import vn.edudx.api.plan.PlanPublicationStore;
import vn.edudx.api.plan.PlanRegistry;
import vn.edudx.api.plan.StoredPlanPublication;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;

/** In-memory stand-ins for what the publication service reads and writes. */
final class PublicationFakes {

  private PublicationFakes() {}

  /** One plan, evaluated over a {@link Fixture} whose data a test may change at any time. */
  static final class Plans implements PlanRegistry, PlanEvaluator {

    final PlanDefinition plan;
    final Fixture data;
    int evaluations;

    Plans(PlanDefinition plan, Fixture data) {
      this.plan = plan;
      this.data = data;
    }

    @Override
    public List<PlanDefinition> plans() {
      return List.of(plan);
    }

    @Override
    public Optional<PlanDefinition> plan(String id) {
      return plan.id().equals(id) ? Optional.of(plan) : Optional.empty();
    }

    @Override
    public PlanEvaluation evaluate(String planId, int year) {
      evaluations++;
      return new YearEvaluator(plan, data.register, data.observations).evaluate(year);
    }
  }

  /** Keeps publications as the JPA store does, supersession included. */
  static final class Store implements PlanPublicationStore {

    final Map<String, StoredPlanPublication> byId = new LinkedHashMap<>();

    @Override
    public void add(StoredPlanPublication p, Instant at) {
      String old = p.snapshot().supersedes();
      if (old != null) {
        StoredPlanPublication o = byId.get(old);
        if (o == null || o.supersededBy() != null) {
          throw new EduDxException(
              o == null ? EduDxException.Kind.NOT_FOUND : EduDxException.Kind.CONFLICT,
              new Problem(
                  "store", null, null, null, old, LocalizedText.of(old), LocalizedText.of(old)));
        }
        byId.put(old, new StoredPlanPublication(o.snapshot(), o.json(), o.checksum(), p.id(), at));
      }
      byId.put(p.id(), p);
    }

    @Override
    public Optional<StoredPlanPublication> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<StoredPlanPublication> list() {
      List<StoredPlanPublication> all = new ArrayList<>(byId.values());
      all.sort(
          Comparator.comparing((StoredPlanPublication p) -> p.snapshot().approvedAt())
              .thenComparing(StoredPlanPublication::id)
              .reversed());
      return all;
    }
  }

  /** A register in memory. */
  static final class Units implements UnitStore {

    final Map<String, OrgUnit> units = new LinkedHashMap<>();

    Units(Collection<OrgUnit> register) {
      register.forEach(u -> units.put(u.code(), u));
    }

    @Override
    public Optional<OrgUnit> find(String code) {
      return Optional.ofNullable(code == null ? null : units.get(code));
    }

    @Override
    public List<OrgUnit> list(UnitType type, SchoolLevel level) {
      return units.values().stream()
          .filter(u -> type == null || u.type() == type)
          .filter(u -> level == null || u.level() == level)
          .toList();
    }

    @Override
    public List<OrgUnit> findAll(Collection<String> codes) {
      return codes.stream().map(units::get).filter(u -> u != null).toList();
    }

    @Override
    public int upsert(List<OrgUnit> list) {
      list.forEach(u -> units.put(u.code(), u));
      return list.size();
    }

    @Override
    public long count() {
      return units.size();
    }
  }
}
