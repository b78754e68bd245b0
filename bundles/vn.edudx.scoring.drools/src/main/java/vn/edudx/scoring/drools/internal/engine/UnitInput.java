package vn.edudx.scoring.drools.internal.engine;

import java.util.List;
import vn.edudx.api.unit.OrgUnit;

/**
 * Everything one unit is scored from: its current values (as facts), and for an authority the
 * results of the schools it manages.
 */
public record UnitInput(OrgUnit unit, List<InputFact> inputs, List<ChildResult> children) {

  public UnitInput {
    inputs = List.copyOf(inputs);
    children = children == null ? List.of() : List.copyOf(children);
  }
}
