package vn.edudx.scoring.drools.internal.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects what the rules of one session decide, by unit and criterion; the generated rules call it
 * through the global {@code awards}. One instance per session, so no locking.
 */
public final class Awards {

  private final Map<String, Map<String, Award>> byUnit = new HashMap<>();

  public void points(
      String unit, String criterion, BigDecimal points, String rule, InputFact input) {
    put(unit, criterion, new Award(Award.Kind.POINTS, points, rule, input, input.getIndicator()));
  }

  public void passed(String unit, String criterion, String rule, InputFact input) {
    put(unit, criterion, new Award(Award.Kind.PASSED, null, rule, input, input.getIndicator()));
  }

  public void failed(String unit, String criterion, String rule, InputFact input) {
    put(unit, criterion, new Award(Award.Kind.FAILED, null, rule, input, input.getIndicator()));
  }

  public void missing(String unit, String criterion, String rule, String indicator) {
    put(unit, criterion, new Award(Award.Kind.MISSING, null, rule, null, indicator));
  }

  /** The decisions for one unit, by criterion code. */
  public Map<String, Award> of(String unit) {
    return byUnit.getOrDefault(unit, Map.of());
  }

  private void put(String unit, String criterion, Award award) {
    Award earlier =
        byUnit.computeIfAbsent(unit, u -> new HashMap<>()).putIfAbsent(criterion, award);
    if (earlier != null) {
      // Exactly one rule per criterion matches a unit; two means the generator is wrong.
      throw new IllegalStateException(
          "Rules '" + earlier.rule() + "' and '" + award.rule() + "' both decided " + criterion);
    }
  }
}
