package vn.edudx.api.ranking;

import java.util.List;
import vn.edudx.api.unit.SchoolLevel;

/**
 * Schools of a period ranked on one figure, with the units that could not be ranked listed apart.
 *
 * @param scopeCode the area ranked, or {@code null} for the whole register
 * @param level the category ranked, or {@code null} for all levels together
 * @param by what the ranking orders on: {@code total} or a group code
 * @param approvedOnly whether only approved results were ranked
 * @param mostImproved units whose figure rose most against the previous period, largest first
 * @param robustness the settings of the rank intervals, or {@code null} if none were computed
 */
public record Ranking(
    String period,
    String scopeCode,
    SchoolLevel level,
    String by,
    boolean approvedOnly,
    List<RankEntry> entries,
    List<Unranked> unranked,
    List<Improvement> mostImproved,
    RobustnessSettings robustness) {

  public Ranking {
    entries = List.copyOf(entries);
    unranked = List.copyOf(unranked);
    mostImproved = mostImproved == null ? List.of() : List.copyOf(mostImproved);
  }
}
