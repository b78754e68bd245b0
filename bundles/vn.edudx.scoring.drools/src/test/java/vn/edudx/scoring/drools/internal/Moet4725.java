package vn.edudx.scoring.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.scoring.drools.internal.definition.DefinitionReader;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;

/** The shipped MOET 4725 definition, read from the rule bundle on the test class path. */
public final class Moet4725 {

  public static final String FILE = "indicator-sets/moet-4725-2022.json";
  private static CompiledSet compiled;

  private Moet4725() {}

  public static IndicatorSet definition() {
    try (InputStream in = Moet4725.class.getClassLoader().getResourceAsStream(FILE)) {
      return new DefinitionReader().read(FILE, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiled once for all tests: compiling takes seconds. */
  public static synchronized CompiledSet compiled() {
    if (compiled == null) {
      compiled = CompiledSet.compile(definition(), FILE, Moet4725.class.getClassLoader());
    }
    return compiled;
  }
}
