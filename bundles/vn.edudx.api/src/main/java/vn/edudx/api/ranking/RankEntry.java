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
 * @param previousRank the unit's rank in the same ranking of the previous period, or {@code null}
 * @param movement {@code previousRank - rank} (positive: moved up), or {@code null}
 * @param interval the ranks it takes when weights and uncertain inputs vary, or {@code null}
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
    boolean synthetic,
    Integer previousRank,
    Integer movement,
    RankInterval interval) {

  /** A group's points and level, as shown beside a rank. */
  public record GroupResult(String code, BigDecimal points, BigDecimal maxPoints, int level) {}

  public RankEntry {
    groups = List.copyOf(groups);
  }
}
