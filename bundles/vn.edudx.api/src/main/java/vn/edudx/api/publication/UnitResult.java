package vn.edudx.api.publication;

import vn.edudx.api.score.Score;
import vn.edudx.api.unit.SchoolLevel;

/**
 * A school's page in a publication: its approved score with every point explained.
 *
 * @param externallyEvaluated whether the approved result is the office's external evaluation
 */
public record UnitResult(
    String unitCode,
    String unitName,
    SchoolLevel level,
    String placeCode,
    String placeName,
    boolean externallyEvaluated,
    Score score) {}
