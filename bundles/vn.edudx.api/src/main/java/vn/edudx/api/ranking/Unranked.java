package vn.edudx.api.ranking;

import vn.edudx.api.LocalizedText;
import vn.edudx.api.unit.SchoolLevel;

/** A unit in a ranking's scope that has no rank, and why: never dropped silently. */
public record Unranked(String unitCode, String unitName, SchoolLevel level, LocalizedText reason) {}
