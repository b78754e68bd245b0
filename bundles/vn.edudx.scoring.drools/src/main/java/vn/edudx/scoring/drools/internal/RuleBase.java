package vn.edudx.scoring.drools.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.edudx.api.Period;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.score.ScoringService;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;
import vn.edudx.scoring.drools.internal.engine.Evaluator;

/**
 * The compiled indicator sets, and scoring with them: which set applies to a unit, the current
 * values of the units, one rules session per set, the scores stored in one transaction.
 */
final class RuleBase implements IndicatorSetRegistry, ScoringService {

  private final Map<String, CompiledSet> sets = new ConcurrentHashMap<>();
  private final UnitStore units;
  private final ObservationStore observations;
  private final ScoreStore scores;

  RuleBase(UnitStore units, ObservationStore observations, ScoreStore scores) {
    this.units = units;
    this.observations = observations;
    this.scores = scores;
  }

  void put(CompiledSet compiled) {
    sets.put(compiled.set().id(), compiled);
  }

  void remove(String setId) {
    sets.remove(setId);
  }

  Collection<CompiledSet> compiled() {
    return List.copyOf(sets.values());
  }

  Optional<CompiledSet> compiled(String setId) {
    return Optional.ofNullable(sets.get(setId));
  }

  @Override
  public List<IndicatorSet> sets() {
    return sets.values().stream().map(CompiledSet::set).toList();
  }

  @Override
  public Optional<IndicatorSet> find(String id) {
    return compiled(id).map(CompiledSet::set);
  }

  @Override
  public Optional<IndicatorSet> applicableTo(OrgUnit unit) {
    return sets.values().stream()
        .map(CompiledSet::set)
        .filter(s -> s.appliesTo(unit))
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .findFirst();
  }

  @Override
  public Optional<Indicator> indicator(String code) {
    return sets.values().stream()
        .map(c -> c.set().indicator(code))
        .flatMap(Optional::stream)
        .findFirst();
  }

  @Override
  public List<Score> rescoreAll(String period) {
    return rescore(period, observations.unitsWithData(Period.parse(period).code()));
  }

  /**
   * Rescoring reads the current values and replaces the scores; running two at once (two drop
   * folders, the demo loader) could let an older reading overwrite a newer score, so one runs at a
   * time.
   */
  @Override
  public synchronized List<Score> rescore(String period, Collection<String> unitCodes) {
    Period p = Period.parse(period);
    Map<String, List<OrgUnit>> bySet = new LinkedHashMap<>();
    for (OrgUnit u : units.findAll(unitCodes)) {
      if (u.activeIn(p)) {
        applicableTo(u)
            .ifPresent(s -> bySet.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(u));
      }
    }
    if (bySet.isEmpty()) {
      return List.of();
    }
    List<String> codes = bySet.values().stream().flatMap(List::stream).map(OrgUnit::code).toList();
    var current = observations.current(p.code(), codes);
    Instant now = Instant.now();
    List<Score> result = new ArrayList<>();
    bySet.forEach(
        (setId, members) ->
            compiled(setId)
                .ifPresent(
                    c -> result.addAll(Evaluator.score(c, members, current, p.code(), now))));
    scores.replace(result);
    return result;
  }
}
