package vn.edudx.scoring.drools.internal.engine;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;

/** Runs the rules of one compiled set over units and their current values. */
public final class Evaluator {

  private Evaluator() {}

  /**
   * Scores units with one session of the set's rules.
   *
   * @param observations current values; those of other units or indicators are ignored
   */
  public static List<Score> score(
      CompiledSet compiled,
      List<OrgUnit> units,
      List<Observation> observations,
      String period,
      Instant at) {
    Awards awards = new Awards();
    Set<String> codes = units.stream().map(OrgUnit::code).collect(Collectors.toSet());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Evaluator.class.getClassLoader());
    KieSession session = compiled.kieBase().newKieSession();
    try {
      session.setGlobal("awards", awards);
      codes.forEach(code -> session.insert(new UnitFact(code)));
      for (Observation o : observations) {
        if (!codes.contains(o.unitCode()) || !period.equals(o.period())) {
          continue;
        }
        compiled
            .set()
            .indicator(o.indicatorCode())
            .map(Indicator::type)
            .ifPresent(type -> session.insert(new InputFact(o, type)));
      }
      session.fireAllRules();
    } finally {
      session.dispose();
      thread.setContextClassLoader(previous);
    }
    ScoreAssembler assembler = new ScoreAssembler(compiled.set());
    return units.stream()
        .map(u -> assembler.assemble(u.code(), period, awards.of(u.code()), at))
        .toList();
  }
}
