package vn.edudx.rest.internal.dto;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.indicator.DryRun;

/** What activating a version would change for a period; nothing was stored to compute it. */
public record DryRunDTO(
    String setId,
    int version,
    String period,
    Integer baseVersion,
    int unitsScored,
    int unitsChanged,
    List<Unit> units) {

  /** One unit before and after, with its rank in its category. */
  public record Unit(
      String code,
      String name,
      String category,
      BigDecimal totalBefore,
      BigDecimal totalAfter,
      BigDecimal change,
      Integer rankBefore,
      Integer rankAfter,
      boolean changed,
      List<Group> groups) {}

  /** A group's points and level before and after. */
  public record Group(
      String code,
      BigDecimal pointsBefore,
      BigDecimal pointsAfter,
      Integer levelBefore,
      Integer levelAfter) {}

  public static DryRunDTO of(DryRun d) {
    return new DryRunDTO(
        d.setId(),
        d.version(),
        d.period(),
        d.baseVersion(),
        d.unitsScored(),
        d.unitsChanged(),
        d.units().stream()
            .map(
                u ->
                    new Unit(
                        u.unitCode(),
                        u.unitName(),
                        u.category() == null ? null : u.category().name(),
                        u.totalBefore(),
                        u.totalAfter(),
                        u.totalBefore() == null ? null : u.totalAfter().subtract(u.totalBefore()),
                        u.rankBefore(),
                        u.rankAfter(),
                        u.changed(),
                        u.groups().stream()
                            .map(
                                g ->
                                    new Group(
                                        g.code(),
                                        g.pointsBefore(),
                                        g.pointsAfter(),
                                        g.levelBefore(),
                                        g.levelAfter()))
                            .toList()))
            .toList());
  }
}
