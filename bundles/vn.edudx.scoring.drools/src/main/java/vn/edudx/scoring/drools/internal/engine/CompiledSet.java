package vn.edudx.scoring.drools.internal.engine;

import java.time.Duration;
import org.kie.api.KieBase;
import vn.edudx.api.indicator.IndicatorSet;

/**
 * An indicator set with its generated rules and the knowledge base compiled from them.
 *
 * @param origin where the definition came from (rule bundle and file)
 */
public record CompiledSet(
    IndicatorSet set, String origin, String drl, KieBase kieBase, Duration compileTime) {

  /** Generates and compiles the rules of a set. */
  public static CompiledSet compile(IndicatorSet set, String origin, ClassLoader loader) {
    long start = System.nanoTime();
    String drl = DrlGenerator.generate(set);
    KieBase base =
        KieCompiler.compile(
            set.id(),
            set.version() + ".0.0",
            DrlGenerator.packageOf(set).replace('.', '/'),
            drl,
            loader);
    return new CompiledSet(set, origin, drl, base, Duration.ofNanos(System.nanoTime() - start));
  }

  public int ruleCount() {
    return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
  }
}
