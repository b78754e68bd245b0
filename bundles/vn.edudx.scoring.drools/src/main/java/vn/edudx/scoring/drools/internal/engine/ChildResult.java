package vn.edudx.scoring.drools.internal.engine;

import java.util.Map;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.Score;

/**
 * A school's result as its authority's rules see it: the school's score under one set (or none if
 * it was not scored), and the values of the yes/no indicators an aggregate counts.
 */
public final class ChildResult {

  private final String authority;
  private final String unit;
  private final String set;
  private final Score score;
  private final Map<String, Observation> values;

  public ChildResult(
      String authority, String unit, String set, Score score, Map<String, Observation> values) {
    this.authority = authority;
    this.unit = unit;
    this.set = set;
    this.score = score;
    this.values = Map.copyOf(values);
  }

  public String getAuthority() {
    return authority;
  }

  public String getUnit() {
    return unit;
  }

  public String getSet() {
    return set;
  }

  /** The school's score, or {@code null} if it has none. */
  public Score getScore() {
    return score;
  }

  public Map<String, Observation> getValues() {
    return values;
  }
}
