package vn.edudx.scoring.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.scoring.drools.internal.definition.DefinitionReader;
import vn.edudx.scoring.drools.internal.engine.AdviceBase;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;

/**
 * Finds rule bundles (the extender pattern): every bundle whose manifest has {@value #HEADER}
 * contributes the indicator-set definitions it lists. They are read, checked and compiled off the
 * framework's thread, and removed again when their bundle stops.
 */
final class RuleBundleTracker implements BundleTrackerCustomizer<List<String>> {

  /** The manifest header listing a rule bundle's definition files. */
  static final String HEADER = "EduDX-IndicatorSets";

  /** The manifest header listing a rule bundle's hand-written DRL files (data quality, advice). */
  static final String DRL_HEADER = "EduDX-Rules";

  private static final Logger LOG = LoggerFactory.getLogger(RuleBundleTracker.class);

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
    List<String> files = files(bundle, HEADER);
    List<String> drl = files(bundle, DRL_HEADER);
    if (files.isEmpty() && drl.isEmpty()) {
      return null;
    }
    compiler.execute(
        () -> {
          load(bundle, files);
          loadAdvice(bundle, drl);
          changed.run();
        });
    List<String> all = new ArrayList<>(files);
    all.addAll(drl);
    return all;
  }

  private static List<String> files(Bundle bundle, String header) {
    String value = bundle.getHeaders().get(header);
    List<String> files = new ArrayList<>();
    if (value != null) {
      for (String path : value.split(",")) {
        if (!path.isBlank()) {
          files.add(path.strip());
        }
      }
    }
    return files;
  }

  /** Compiles a bundle's hand-written rules; one file that does not compile leaves the rest. */
  private void loadAdvice(Bundle bundle, List<String> files) {
    for (String file : files) {
      String where = bundle.getSymbolicName() + "/" + file;
      URL url = entry(bundle, file, DRL_HEADER, where);
      if (url == null) {
        continue;
      }
      try (InputStream in = url.openStream()) {
        String drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        ruleBase.addAdvice(
            AdviceBase.compile(where, file, drl, RuleBundleTracker.class.getClassLoader()));
        failures.remove(where);
        LOG.info("Loaded hand-written rules {}", where);
      } catch (IOException | RuntimeException e) {
        failures.put(where, List.of());
        LOG.error("Cannot load hand-written rules {}", where, e);
      }
    }
  }

  /** A file a manifest header lists, or null (recorded as a failure) if the bundle lacks it. */
  private URL entry(Bundle bundle, String file, String header, String where) {
    URL url = bundle.getEntry(file);
    if (url == null) {
      LOG.error("Rule bundle {} lists {} in {} but has no such entry", bundle, file, header);
      failures.put(where, List.of());
    }
    return url;
  }

  private void load(Bundle bundle, List<String> files) {
    for (String file : files) {
      String where = bundle.getSymbolicName() + "/" + file;
      URL url = entry(bundle, file, HEADER, where);
      if (url == null) {
        continue;
      }
      try (InputStream in = url.openStream()) {
        IndicatorSet set = new DefinitionReader().read(where, in);
        CompiledSet compiled = ruleBase.ship(set, where);
        failures.remove(where);
        LOG.info(
            "Loaded indicator set {} from {}: {} rules compiled in {} ms",
            set.key(),
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
            ruleBase.unship(where);
            ruleBase.removeAdvice(where);
          }
          changed.run();
        });
  }
}
