package vn.edudx.api.ranking;

import vn.edudx.api.unit.SchoolLevel;

/** Ranks the schools of a period from their stored or approved scores. */
public interface RankingService {

  /** What rankings order on by default: the sum of the groups. */
  String BY_TOTAL = "total";

  /**
   * Ranks the live scores of every school of a period, without robustness.
   *
   * @param level a category (schools rank in their main level), or {@code null} for all
   * @param by {@link #BY_TOTAL} or a group code such as {@code G1}
   * @throws vn.edudx.api.EduDxException of kind INVALID for an unknown period or group
   */
  default Ranking rank(String period, SchoolLevel level, String by) {
    return rank(RankingRequest.of(period, null, level, by, false, null));
  }

  /**
   * Ranks as asked.
   *
   * @throws vn.edudx.api.EduDxException of kind INVALID for an unknown period, scope or group
   */
  Ranking rank(RankingRequest request);

  /** The robustness settings configured for published rankings. */
  RobustnessSettings robustness();
}
