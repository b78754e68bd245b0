package vn.edudx.scoring.drools.internal.engine;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;

/**
 * The school levels each criterion really applies to: its own, narrowed by those of the sums it
 * belongs to. An empty set means every level of the set.
 */
public final class Applicability {

  private final Map<String, Set<SchoolLevel>> levels = new HashMap<>();

  public Applicability(IndicatorSet set) {
    for (IndicatorGroup g : set.groups()) {
      walk(g.criteria(), Set.of());
    }
  }

  private void walk(List<Criterion> criteria, Set<SchoolLevel> inherited) {
    for (Criterion c : criteria) {
      Set<SchoolLevel> own = narrow(inherited, c.levels());
      levels.put(c.code(), own);
      walk(c.children(), own);
    }
  }

  static Set<SchoolLevel> narrow(Set<SchoolLevel> outer, Set<SchoolLevel> inner) {
    if (outer.isEmpty()) {
      return inner;
    }
    if (inner.isEmpty()) {
      return outer;
    }
    Set<SchoolLevel> both = EnumSet.copyOf(outer);
    both.retainAll(inner);
    return Set.copyOf(both);
  }

  /** The levels a criterion applies to; empty for all. */
  public Set<SchoolLevel> levels(String code) {
    return levels.getOrDefault(code, Set.of());
  }

  /** Whether a criterion applies to a unit (always to a unit that is not a school). */
  public boolean appliesTo(String code, OrgUnit unit) {
    Set<SchoolLevel> own = levels(code);
    return own.isEmpty() || !unit.isSchool() || own.contains(unit.level());
  }
}
