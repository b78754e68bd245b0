package vn.edudx.api.ranking;

import vn.edudx.api.unit.SchoolLevel;

/**
 * What to rank.
 *
 * @param scopeCode the area: a unit whose schools are ranked (an office's area through the schools
 *     it manages; a ward, commune, district or province through the administrative tree), or {@code
 *     null} for every school in the register
 * @param level the category (schools rank in their main level), or {@code null} for all
 * @param by {@link RankingService#BY_TOTAL} or a group code such as {@code G1}
 * @param approvedOnly rank only approved results (frozen at approval) instead of the live scores;
 *     movement and most improved then compare with the previous period's approved results
 * @param robustness how to compute rank intervals, or {@code null} for none
 */
public record RankingRequest(
    String period,
    String scopeCode,
    SchoolLevel level,
    String by,
    boolean approvedOnly,
    RobustnessSettings robustness) {}
