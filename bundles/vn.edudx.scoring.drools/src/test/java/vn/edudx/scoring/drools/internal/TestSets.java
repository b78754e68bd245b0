package vn.edudx.scoring.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.scoring.drools.internal.definition.DefinitionReader;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;

/** Definitions on the test class path (shipped sets and test sets), compiled once per run. */
public final class TestSets {

  private static final Map<String, CompiledSet> COMPILED = new HashMap<>();

  private TestSets() {}

  public static IndicatorSet definition(String resource) {
    try (InputStream in = TestSets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No " + resource + " on the class path");
      }
      return new DefinitionReader().read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiled once for all tests: compiling takes seconds. */
  public static synchronized CompiledSet compiled(String resource) {
    return COMPILED.computeIfAbsent(
        resource, r -> CompiledSet.compile(definition(r), r, TestSets.class.getClassLoader()));
  }
}
