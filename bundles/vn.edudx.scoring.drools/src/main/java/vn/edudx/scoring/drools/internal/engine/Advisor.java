package vn.edudx.scoring.drools.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.score.Advice;

/**
 * Collects what hand-written rules of rule bundles say about a unit (a value that looks wrong, a
 * piece of advice); the rules call it through the global {@code advisor}. One instance per run.
 */
public final class Advisor {

  private final Map<String, List<Advice>> byUnit = new HashMap<>();

  /**
   * Records a note.
   *
   * @param kind {@code DATA_QUALITY} for a value to check, {@code ADVICE} for a suggestion
   * @param indicators the indicators the note is about
   */
  public void note(
      String unit, String rule, String kind, String vi, String en, String... indicators) {
    byUnit
        .computeIfAbsent(unit, u -> new ArrayList<>())
        .add(
            new Advice(
                rule, Advice.Kind.valueOf(kind), new LocalizedText(vi, en), List.of(indicators)));
  }

  /** The notes of a unit, in the order of their rules' names. */
  public List<Advice> of(String unit) {
    List<Advice> notes = new ArrayList<>(byUnit.getOrDefault(unit, List.of()));
    notes.sort((a, b) -> a.rule().compareTo(b.rule()));
    return notes;
  }
}
