package vn.edudx.api.plan;

import vn.edudx.api.observation.Provenance;

/**
 * A value a target's figure was computed from, with where it came from, so that every figure of an
 * evaluation can be traced to its source.
 *
 * @param unit the unit's code
 * @param indicator the indicator's code
 * @param year the calendar year of the observation
 * @param value the value as stored
 * @param observationId the stored observation
 */
public record PlanInput(
    String unit,
    String indicator,
    int year,
    String value,
    long observationId,
    Provenance provenance) {}
