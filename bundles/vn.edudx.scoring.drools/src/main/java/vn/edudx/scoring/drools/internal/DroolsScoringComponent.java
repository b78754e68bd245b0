package vn.edudx.scoring.drools.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import vn.edudx.api.Health;
import vn.edudx.api.HealthIndicator;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.indicator.IndicatorSetStore;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.score.ScoringService;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;

/**
 * Starts the rule base: tracks rule bundles, and registers the scoring service and the indicator
 * set registry itself, so that the registry's {@value IndicatorSetRegistry#PROPERTY_SETS} property
 * can follow the sets as they load and components can wait for the set they need.
 */
@Component(
    immediate = true,
    service = {})
public class DroolsScoringComponent implements HealthIndicator {

  private final RuleBase ruleBase;
  private final ExecutorService compiler =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "edudx-rule-compiler"));
  private final RuleBundleTracker customizer;
  private final BundleTracker<List<String>> tracker;
  private ServiceRegistration<?> registration;
  private final ServiceRegistration<HealthIndicator> health;

  @Activate
  public DroolsScoringComponent(
      BundleContext context,
      @Reference UnitStore units,
      @Reference ObservationStore observations,
      @Reference ScoreStore scores,
      @Reference IndicatorSetStore sets) {
    this.ruleBase = new RuleBase(units, observations, scores, sets);
    this.customizer = new RuleBundleTracker(ruleBase, compiler, this::publish);
    this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, customizer);
    this.registration =
        context.registerService(
            new String[] {
              IndicatorSetRegistry.class.getName(),
              ScoringService.class.getName(),
              IndicatorSetAdmin.class.getName()
            },
            ruleBase,
            properties());
    this.health = context.registerService(HealthIndicator.class, this, null);
    try {
      tracker.open();
    } catch (RuntimeException e) {
      // DS does not deactivate a component whose activation failed: undo what was done.
      health.unregister();
      registration.unregister();
      compiler.shutdownNow();
      throw e;
    }
  }

  @Deactivate
  void deactivate() throws InterruptedException {
    tracker.close();
    compiler.shutdown();
    compiler.awaitTermination(30, TimeUnit.SECONDS);
    health.unregister();
    synchronized (this) {
      registration.unregister();
      registration = null;
    }
  }

  /** Updates the registry's properties after sets were loaded or removed. */
  private synchronized void publish() {
    if (registration != null) {
      registration.setProperties(properties());
    }
  }

  private Dictionary<String, Object> properties() {
    Dictionary<String, Object> p = new Hashtable<>();
    String[] ids =
        ruleBase.current().stream().map(c -> c.set().id()).sorted().toArray(String[]::new);
    // Absent, not empty, while nothing is loaded: "(edudx.indicatorsets=*)" matches an empty array.
    if (ids.length > 0) {
      p.put(IndicatorSetRegistry.PROPERTY_SETS, ids);
    }
    return p;
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public Health check() {
    var compiled = ruleBase.current();
    Map<String, Object> facts =
        Map.of(
            "sets",
            compiled.stream().map(c -> c.set().key()).sorted().collect(Collectors.joining(", ")),
            "rules",
            compiled.stream().mapToInt(CompiledSet::ruleCount).sum(),
            "handWrittenRuleFiles",
            ruleBase.adviceCount(),
            "running",
            ruleBase
                .progress()
                .map(p -> p.job() + ": " + p.done() + "/" + p.total() + " (" + p.percent() + "%)")
                .orElse(""),
            "failed",
            String.join(", ", customizer.failures().keySet()));
    if (!customizer.failures().isEmpty()) {
      return new Health(
          name(),
          Health.Status.DOWN,
          "Some indicator sets could not be loaded: see the log for each problem.",
          facts);
    }
    if (compiled.isEmpty()) {
      return new Health(name(), Health.Status.DOWN, "No indicator set is loaded yet.", facts);
    }
    return Health.up(name(), "The rule base is compiled.", facts);
  }
}
