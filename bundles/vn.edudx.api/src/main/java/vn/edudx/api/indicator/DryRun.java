package vn.edudx.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.unit.SchoolLevel;

/**
 * What activating a version for a period would change, computed and not stored: every unit the set
 * scores, before (with the version now in force) and after.
 *
 * @param baseVersion the version in force for the period, or {@code null} if none scored it yet
 * @param units every unit scored, changed ones first
 */
public record DryRun(
    String setId,
    int version,
    String period,
    Integer baseVersion,
    int unitsScored,
    int unitsChanged,
    List<UnitChange> units) {

  public DryRun {
    units = List.copyOf(units);
  }

  /**
   * One unit before and after. Ranks are standard competition ranks on the total within the unit's
   * category (its main school level, or its unit type).
   */
  public record UnitChange(
      String unitCode,
      String unitName,
      SchoolLevel category,
      BigDecimal totalBefore,
      BigDecimal totalAfter,
      Integer rankBefore,
      Integer rankAfter,
      List<GroupChange> groups,
      boolean changed) {

    public UnitChange {
      groups = List.copyOf(groups);
    }
  }

  /** A group's points and level before and after ({@code null} before if it was not scored). */
  public record GroupChange(
      String code,
      BigDecimal pointsBefore,
      BigDecimal pointsAfter,
      Integer levelBefore,
      Integer levelAfter) {}
}
