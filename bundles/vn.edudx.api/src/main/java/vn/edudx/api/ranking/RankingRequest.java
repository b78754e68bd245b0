package vn.edudx.api.ranking;

import vn.edudx.api.unit.SchoolLevel;

/**
 * What to rank.
 *
 * @param scopeCode the area: a unit whose schools are ranked (an office's area through the schools
 *     it manages; a ward, commune, district or province through the administrative tree), or {@code
 *     null} for every school in the register
 * @param areaCode the area of the caller, or {@code null} for no limit: only schools it covers
 *     ({@link vn.edudx.api.unit.UnitStore#covers}) are ranked or listed, so that an office never
 *     sees another office's schools through a ward or province scope
 * @param level the category (schools rank in their main level), or {@code null} for all
 * @param by {@link RankingService#BY_TOTAL} or a group code such as {@code G1}
 * @param approvedOnly rank only approved results (frozen at approval) instead of the live scores;
 *     movement and most improved then compare with the previous period's approved results
 * @param forPublic the ranking will be published: a school without an approved result is listed
 *     with one neutral reason, never with the state of its review
 * @param robustness how to compute rank intervals, or {@code null} for none
 */
public record RankingRequest(
    String period,
    String scopeCode,
    String areaCode,
    SchoolLevel level,
    String by,
    boolean approvedOnly,
    boolean forPublic,
    RobustnessSettings robustness) {

  /** A request without an area limit, not for publication. */
  public static RankingRequest of(
      String period,
      String scopeCode,
      SchoolLevel level,
      String by,
      boolean approvedOnly,
      RobustnessSettings robustness) {
    return new RankingRequest(period, scopeCode, null, level, by, approvedOnly, false, robustness);
  }
}
