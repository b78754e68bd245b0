package vn.edudx.scoring.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.scoring.drools.internal.definition.DefinitionReader;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;

/**
 * Finds rule bundles (the extender pattern): every bundle whose manifest has {@value #HEADER}
 * contributes the indicator-set definitions it lists. They are read, checked and compiled off the
 * framework's thread, and removed again when their bundle stops.
 */
final class RuleBundleTracker implements BundleTrackerCustomizer<List<String>> {

  /** The manifest header listing a rule bundle's definition files. */
  static final String HEADER = "EduDX-IndicatorSets";

  private static final Logger LOG = LoggerFactory.getLogger(RuleBundleTracker.class);
  private static final Messages MESSAGES =
      Messages.load("vn.edudx.scoring.drools.internal.messages", RuleBundleTracker.class);

  private final RuleBase ruleBase;
  private final ExecutorService compiler;
  private final Runnable changed;
  private final Map<String, List<Problem>> failures = new ConcurrentHashMap<>();

  RuleBundleTracker(RuleBase ruleBase, ExecutorService compiler, Runnable changed) {
    this.ruleBase = ruleBase;
    this.compiler = compiler;
    this.changed = changed;
  }

  /** Definition files that could not be loaded, with why. */
  Map<String, List<Problem>> failures() {
    return Map.copyOf(failures);
  }

  @Override
  public List<String> addingBundle(Bundle bundle, BundleEvent event) {
    String header = bundle.getHeaders().get(HEADER);
    if (header == null) {
      return null;
    }
    List<String> files = new ArrayList<>();
    for (String path : header.split(",")) {
      if (!path.isBlank()) {
        files.add(path.strip());
      }
    }
    compiler.execute(() -> load(bundle, files));
    return files;
  }

  private void load(Bundle bundle, List<String> files) {
    for (String file : files) {
      String where = bundle.getSymbolicName() + "/" + file;
      URL url = bundle.getEntry(file);
      if (url == null) {
        LOG.error("Rule bundle {} lists {} in {} but has no such entry", bundle, file, HEADER);
        failures.put(where, List.of());
        continue;
      }
      try (InputStream in = url.openStream()) {
        IndicatorSet set = new DefinitionReader().read(where, in);
        Optional<CompiledSet> other = ruleBase.compiled(set.id());
        if (other.isPresent() && !other.get().origin().equals(where)) {
          throw new EduDxException(
              EduDxException.Kind.CONFLICT,
              MESSAGES.problem(
                  "definition.set.loaded",
                  null,
                  null,
                  null,
                  null,
                  where,
                  set.id(),
                  other.get().origin()));
        }
        CompiledSet compiled =
            CompiledSet.compile(set, where, RuleBundleTracker.class.getClassLoader());
        ruleBase.put(compiled);
        failures.remove(where);
        LOG.info(
            "Loaded indicator set {}@{} from {}: {} rules compiled in {} ms",
            set.id(),
            set.version(),
            where,
            compiled.ruleCount(),
            compiled.compileTime().toMillis());
      } catch (EduDxException e) {
        failures.put(where, e.problems());
        e.problems().forEach(p -> LOG.error("{}: {}", where, p.message().en()));
      } catch (IOException | RuntimeException e) {
        failures.put(where, List.of());
        LOG.error("Cannot load indicator set {}", where, e);
      }
    }
    changed.run();
  }

  @Override
  public void modifiedBundle(Bundle bundle, BundleEvent event, List<String> files) {
    // Definitions are read when the bundle starts; an update restarts it.
  }

  @Override
  public void removedBundle(Bundle bundle, BundleEvent event, List<String> files) {
    compiler.execute(
        () -> {
          for (String file : files) {
            String where = bundle.getSymbolicName() + "/" + file;
            failures.remove(where);
            ruleBase.compiled().stream()
                .filter(c -> where.equals(c.origin()))
                .forEach(c -> ruleBase.remove(c.set().id()));
          }
          changed.run();
        });
  }
}
