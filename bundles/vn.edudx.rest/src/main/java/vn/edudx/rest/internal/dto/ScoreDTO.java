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
    Integer level,
    TextDTO levelName,
    TextDTO levelExplanation,
    boolean synthetic,
    TextDTO notice,
    List<Group> groups,
    List<Note> advice) {

  /**
   * A note of a hand-written rule: a value the office should check ({@code DATA_QUALITY}) or advice
   * ({@code ADVICE}); never points or levels.
   */
  public record Note(String rule, String kind, TextDTO message, List<String> indicators) {}

  /** The indicator set version that produced a score. */
  public record SetRefDTO(String id, int version) {}

  /**
   * A group's points, level and why; {@code applicableMax} leaves out criteria that do not apply to
   * the school's level; {@code level} is 0 when the set levels only the total.
   */
  public record Group(
      String code,
      TextDTO name,
      BigDecimal points,
      BigDecimal maxPoints,
      BigDecimal applicableMax,
      int level,
      TextDTO levelName,
      TextDTO levelExplanation,
      List<String> failedMandatory,
      List<String> missingInputs,
      List<Criterion> criteria,
      NextLevel nextLevel) {}

  /** What would lift the group one level: the fewest criteria, most points open first. */
  public record NextLevel(
      int target,
      TextDTO targetName,
      BigDecimal pointsNeeded,
      boolean reachable,
      TextDTO summary,
      List<Step> steps) {}

  /** One criterion to improve, or a mandatory condition to meet. */
  public record Step(String code, TextDTO name, BigDecimal openPoints, boolean mandatory) {}

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
      String unit,
      String indicator,
      String value,
      String evidence,
      long observationId,
      Source source) {}

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
