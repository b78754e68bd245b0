package vn.edudx.api.score;

import vn.edudx.api.observation.Provenance;

/**
 * A value a rule read to award points, with where it came from: an observation of the unit itself,
 * or, for an authority, a school's result.
 *
 * @param unit the unit the value belongs to (the school, for an authority's aggregate)
 * @param indicator the indicator code, or for a school's result {@code set@version group}
 * @param observationId the stored observation, or 0 for a school's result
 */
public record InputUsed(
    String unit,
    String indicator,
    String value,
    long observationId,
    String evidence,
    Provenance provenance) {}
