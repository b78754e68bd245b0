package vn.edudx.api.score;

import vn.edudx.api.observation.Provenance;

/** A value a rule read to award points, with where it came from. */
public record InputUsed(
    String indicator, String value, long observationId, String evidence, Provenance provenance) {}
