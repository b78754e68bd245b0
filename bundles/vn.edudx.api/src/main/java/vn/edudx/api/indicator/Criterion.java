package vn.edudx.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;

/**
 * One criterion of an indicator group: what it awards, from which inputs, to which schools it
 * applies, and how sure we are of its definition. Everything here is data an office may correct;
 * nothing in it is code.
 *
 * @param code the code of the legal text, e.g. {@code 1.3.1}
 * @param name the criterion's wording
 * @param type how points are awarded
 * @param maxPoints the most it can give (zero for a mandatory condition)
 * @param input the indicator code it reads (the numerator of a ratio), or {@code null} for a sum or
 *     an aggregate
 * @param denominator for a ratio, the indicator it divides {@code input} by; the ratio is read as a
 *     percentage
 * @param bands for {@link CriterionType#BANDS} and {@link CriterionType#COUNT} (and optionally an
 *     aggregate), the thresholds and the points from each, ascending
 * @param options for {@link CriterionType#CHOICE}, the allowed answers and their points
 * @param aggregate for {@link CriterionType#AGGREGATE}, what is computed over the child units
 * @param levels the school levels it applies to; empty means all levels of the set
 * @param whenNotApplicable what a school outside {@code levels} gets
 * @param capsLevelAt for a mandatory condition, the highest level its group can have while it
 *     fails; {@code null} takes the group's {@link LevelThresholds#capOnMandatoryFailure()}
 * @param evidence what the school must show to support its answer
 * @param children the sub-criteria of a sum, empty otherwise
 * @param confidence how sure we are of the points and formula
 * @param note what the office should know or check
 */
public record Criterion(
    String code,
    LocalizedText name,
    CriterionType type,
    BigDecimal maxPoints,
    String input,
    String denominator,
    List<Band> bands,
    List<Choice> options,
    Aggregate aggregate,
    Set<SchoolLevel> levels,
    NotApplicable whenNotApplicable,
    Integer capsLevelAt,
    LocalizedText evidence,
    List<Criterion> children,
    Confidence confidence,
    String note) {

  public Criterion {
    children = children == null ? List.of() : List.copyOf(children);
    bands = bands == null ? List.of() : List.copyOf(bands);
    options = options == null ? List.of() : List.copyOf(options);
    levels = levels == null ? Set.of() : IndicatorSet.withoutNulls(levels);
    maxPoints = maxPoints == null ? BigDecimal.ZERO : maxPoints;
    confidence = confidence == null ? Confidence.UNKNOWN : confidence;
    whenNotApplicable = whenNotApplicable == null ? NotApplicable.EXCLUDE : whenNotApplicable;
  }

  /** A criterion of the simple kinds (one input, no bands, options or applicability rules). */
  public static Criterion simple(
      String code,
      LocalizedText name,
      CriterionType type,
      BigDecimal maxPoints,
      String input,
      List<Criterion> children) {
    return new Criterion(
        code,
        name,
        type,
        maxPoints,
        input,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        children,
        Confidence.S,
        null);
  }

  /**
   * Whether the criterion applies to a unit: always to units that are not schools, and to schools
   * of its levels (a multi-level school when it joins one of them).
   */
  public boolean appliesTo(OrgUnit unit) {
    if (levels.isEmpty() || !unit.isSchool()) {
      return true;
    }
    return unit.level() != null && levels.contains(unit.level());
  }

  /** One threshold of a banded criterion: a value from {@code from} on gives {@code points}. */
  public record Band(BigDecimal from, BigDecimal points) {}

  /** One allowed answer of a choice criterion and what it is worth. */
  public record Choice(String value, LocalizedText label, BigDecimal points) {}

  /**
   * What an authority's criterion computes over the schools it manages, as a percentage that is
   * then turned into points like a {@link CriterionType#PERCENT} criterion (or by its bands).
   *
   * @param function what is computed
   * @param set the indicator set whose results are read (e.g. {@code moet-4725-2022})
   * @param group the group of that set, or {@code null} for its total
   * @param minLevel for {@link AggregateFunction#SHARE_AT_LEVEL}, the lowest level that counts
   * @param indicator for {@link AggregateFunction#SHARE_TRUE}, the yes/no indicator of the schools
   */
  public record Aggregate(
      AggregateFunction function, String set, String group, Integer minLevel, String indicator) {}

  /** What an aggregate computes over the child units. */
  public enum AggregateFunction {
    /** The mean of the schools' points in the group, as a percentage of the group's maximum. */
    MEAN_POINTS,
    /** The share of schools at {@code minLevel} or above in the group (or in every group). */
    SHARE_AT_LEVEL,
    /** The share of schools whose yes/no indicator is yes (e.g. submitted on time). */
    SHARE_TRUE
  }

  /** What a school the criterion does not apply to gets. */
  public enum NotApplicable {
    /** Left out: neither points nor maximum; the group is levelled on the rest, scaled to 100. */
    EXCLUDE,
    /** Given the maximum, as if met. */
    FULL,
    /** Given zero, and the maximum still counts. */
    ZERO
  }
}
