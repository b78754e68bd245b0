package vn.edudx.api.ranking;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.unit.SchoolLevel;

/**
 * One unit's place in a ranking, with the figures it was ranked on.
 *
 * @param rank the standard competition rank (1, 2, 2, 4)
 * @param tied whether another unit shares the rank
 * @param points the figure ranked on (the total, or one group's points)
 */
public record RankEntry(
    int rank,
    boolean tied,
    String unitCode,
    String unitName,
    SchoolLevel level,
    String placeCode,
    String placeName,
    BigDecimal points,
    List<GroupResult> groups,
    boolean synthetic) {

  /** A group's points and level, as shown beside a rank. */
  public record GroupResult(String code, BigDecimal points, BigDecimal maxPoints, int level) {}

  public RankEntry {
    groups = List.copyOf(groups);
  }
}
