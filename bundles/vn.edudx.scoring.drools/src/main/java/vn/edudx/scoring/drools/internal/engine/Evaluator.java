package vn.edudx.scoring.drools.internal.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;

/** Runs the rules of one compiled set over units and their current values. */
public final class Evaluator {

  private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

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
        Optional<Indicator> indicator = compiled.set().indicator(o.indicatorCode());
        if (indicator.isPresent()) {
          try {
            session.insert(new InputFact(o, indicator.get().type()));
          } catch (NumberFormatException e) {
            // Checked on entry, so only a set version that changed the indicator's type gets here:
            // the criterion shows the value as missing rather than failing every unit scored.
            LOG.warn(
                "Value {} of {} (observation {}) is not a {}; scored as missing",
                o.value(),
                o.indicatorCode(),
                o.id(),
                indicator.get().type());
          }
        }
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
