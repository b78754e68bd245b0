package vn.edudx.api.ranking;

import java.util.List;
import vn.edudx.api.unit.SchoolLevel;

/**
 * Schools of a period ranked on one figure, with the units that could not be ranked listed apart.
 *
 * @param level the category ranked, or {@code null} for all levels together
 * @param by what the ranking orders on: {@code total} or a group code
 */
public record Ranking(
    String period, SchoolLevel level, String by, List<RankEntry> entries, List<Unranked> unranked) {

  public Ranking {
    entries = List.copyOf(entries);
    unranked = List.copyOf(unranked);
  }
}
