package vn.edudx.scoring.drools.internal.engine;

import java.util.List;

/**
 * Decides every criterion of every unit given: the generated Drools rules, or the plain-Java
 * reference they are checked against.
 */
public interface ScoringEngine {

  /** Records into {@code awards} one decision per criterion of each unit. */
  void decide(List<UnitInput> units, Awards awards);
}
