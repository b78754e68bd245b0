package vn.edudx.scoring.drools.internal.engine;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Runs a set's generated rules over units in one session. */
public final class DroolsEngine implements ScoringEngine {

  private final KieBase kieBase;

  public DroolsEngine(KieBase kieBase) {
    this.kieBase = kieBase;
  }

  @Override
  public void decide(List<UnitInput> units, Awards awards) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(DroolsEngine.class.getClassLoader());
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("awards", awards);
      for (UnitInput u : units) {
        session.insert(new UnitFact(u.unit()));
        u.inputs().forEach(session::insert);
        u.children().forEach(session::insert);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
      thread.setContextClassLoader(previous);
    }
  }
}
