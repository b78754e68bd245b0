package vn.edudx.scoring.drools.internal.engine;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Hand-written rules shipped in a rule bundle (data-quality checks, advice), compiled on their own
 * and run over the same facts as a set's generated rules. They can add notes to a score; they never
 * change points or levels, which only a definition decides.
 *
 * @param origin the bundle and file the rules came from
 */
public record AdviceBase(String origin, KieBase kieBase) {

  /** Compiles a DRL file; it must declare {@code global ...Advisor advisor}. */
  public static AdviceBase compile(String origin, String name, String drl, ClassLoader loader) {
    return new AdviceBase(
        origin,
        KieCompiler.compile(
            "advice-" + name.replaceAll("[^A-Za-z0-9]", "-"),
            "1.0.0",
            "vn/edudx/advice/" + name.replaceAll("[^A-Za-z0-9]", "_"),
            drl,
            loader));
  }

  /** Runs the rules over units' facts, adding their notes to {@code advisor}. */
  public void advise(List<UnitInput> units, Advisor advisor) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(AdviceBase.class.getClassLoader());
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("advisor", advisor);
      for (UnitInput u : units) {
        session.insert(new UnitFact(u.unit()));
        u.inputs().forEach(session::insert);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
      thread.setContextClassLoader(previous);
    }
  }
}
