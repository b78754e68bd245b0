package vn.edudx.scoring.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.Score;
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

  /** A value of a unit for the 2024-2025 school year, from a test file. */
  public static Observation observation(long id, String unit, String indicator, String value) {
    return new Observation(
        id,
        unit,
        "2024-2025",
        indicator,
        value,
        null,
        null,
        new Provenance(1, "file", "default", "t.csv", (int) id + 1, Instant.EPOCH, "t"));
  }

  /** A criterion of a score, wherever it sits in the tree. */
  public static CriterionScore criterion(Score s, String code) {
    return s.allCriteria()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no criterion " + code));
  }

  /** Compiled once for all tests: compiling takes seconds. */
  public static synchronized CompiledSet compiled(String resource) {
    return COMPILED.computeIfAbsent(
        resource, r -> CompiledSet.compile(definition(r), r, TestSets.class.getClassLoader()));
  }
}
