package vn.edudx.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's score for a period, explained down to each criterion's rule and inputs and where each
 * input came from.
 */
public record ScoreDTO(
    UnitRefDTO unit,
    String period,
    SetRefDTO indicatorSet,
    Instant computedAt,
    BigDecimal total,
    boolean synthetic,
    TextDTO notice,
    List<Group> groups) {

  /** The indicator set version that produced a score. */
  public record SetRefDTO(String id, int version) {}

  /** A group's points, level and why. */
  public record Group(
      String code,
      TextDTO name,
      BigDecimal points,
      BigDecimal maxPoints,
      int level,
      TextDTO levelName,
      TextDTO levelExplanation,
      List<String> failedMandatory,
      List<String> missingInputs,
      List<Criterion> criteria) {}

  /** A criterion's points and the rule and inputs behind them. */
  public record Criterion(
      String code,
      TextDTO name,
      String type,
      BigDecimal points,
      BigDecimal maxPoints,
      String outcome,
      String rule,
      TextDTO explanation,
      List<Input> inputs,
      List<Criterion> children) {}

  /** A value a rule read, with its provenance. */
  public record Input(
      String indicator, String value, String evidence, long observationId, Source source) {}

  /** Where a value came from, down to the file and row. */
  public record Source(
      long batch,
      String collector,
      String instance,
      String file,
      Integer row,
      Instant receivedAt,
      String receivedBy) {}
}
