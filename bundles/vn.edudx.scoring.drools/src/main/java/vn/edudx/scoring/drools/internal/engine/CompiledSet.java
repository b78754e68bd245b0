package vn.edudx.scoring.drools.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;

/**
 * An indicator set version with its generated rules and the knowledge base compiled from them.
 *
 * @param origin where the definition came from (rule bundle and file, or upload)
 */
public record CompiledSet(
    IndicatorSet set, String origin, String drl, KieBase kieBase, Duration compileTime) {

  /** Generates and compiles the rules of a set. */
  public static CompiledSet compile(IndicatorSet set, String origin, ClassLoader loader) {
    long start = System.nanoTime();
    String drl = DrlGenerator.generate(set);
    KieBase base =
        set.scores()
            ? KieCompiler.compile(
                set.id(),
                set.version() + ".0.0",
                DrlGenerator.packageOf(set).replace('.', '/'),
                drl,
                loader)
            : null;
    return new CompiledSet(set, origin, drl, base, Duration.ofNanos(System.nanoTime() - start));
  }

  public int ruleCount() {
    return kieBase == null
        ? 0
        : kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
  }

  /** The inputs of units from their current values, for either engine (authorities get none). */
  public List<UnitInput> inputs(
      List<OrgUnit> units, List<Observation> observations, String period) {
    Map<String, List<InputFact>> facts = Inputs.of(set, observations, period);
    return units.stream()
        .map(u -> new UnitInput(u, facts.getOrDefault(u.code(), List.of()), List.of()))
        .toList();
  }

  /** Scores units with the generated rules. */
  public List<Score> score(List<UnitInput> units, String period, Instant at) {
    return score(new DroolsEngine(kieBase), set, units, period, at);
  }

  /** Scores units with the plain-Java reference evaluator. */
  public List<Score> scoreByReference(List<UnitInput> units, String period, Instant at) {
    return score(new ReferenceEngine(set), set, units, period, at);
  }

  /** Decides with an engine, then assembles each unit's score. */
  public static List<Score> score(
      ScoringEngine engine, IndicatorSet set, List<UnitInput> units, String period, Instant at) {
    Awards awards = new Awards(set);
    engine.decide(units, awards);
    ScoreAssembler assembler = new ScoreAssembler(set);
    List<Score> scores = new ArrayList<>(units.size());
    for (UnitInput u : units) {
      Map<String, Award> decided = awards.of(u.unit().code());
      scores.add(assembler.assemble(u.unit().code(), period, decided, at));
    }
    return scores;
  }
}
