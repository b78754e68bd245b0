package vn.edudx.api.ranking;

import java.math.BigDecimal;

/** A unit whose approved result rose against the previous period, by how much. */
public record Improvement(
    String unitCode,
    String unitName,
    BigDecimal points,
    BigDecimal previousPoints,
    BigDecimal change) {}
