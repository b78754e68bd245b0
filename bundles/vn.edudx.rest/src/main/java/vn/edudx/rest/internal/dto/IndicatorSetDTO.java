package vn.edudx.rest.internal.dto;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.LevelThresholds;

/**
 * An indicator set as the office reads it: groups, criteria with their points, scoring type,
 * inputs, applicability, evidence and how sure we are of each, and the indicators files must use.
 */
public record IndicatorSetDTO(
    String id,
    int version,
    TextDTO title,
    String legalBasis,
    String note,
    List<String> unitTypes,
    List<String> schoolLevels,
    Levels levels,
    int roundingScale,
    String roundingMode,
    List<Group> groups,
    List<IndicatorDTO> indicators) {

  /** Level thresholds, and the highest level while a mandatory condition fails. */
  public record Levels(BigDecimal level2From, BigDecimal level3Above, int capOnMandatoryFailure) {
    static Levels of(LevelThresholds t) {
      return t == null
          ? null
          : new Levels(t.level2From(), t.level3Above(), t.capOnMandatoryFailure());
    }
  }

  /** A group; {@code levels} is null when only the set's total is levelled. */
  public record Group(
      String code,
      TextDTO name,
      BigDecimal maxPoints,
      Levels levels,
      List<CriterionDTO> criteria) {}

  /** A criterion, with what its type needs (bands, answers, aggregate) and where it applies. */
  public record CriterionDTO(
      String code,
      TextDTO name,
      String type,
      BigDecimal maxPoints,
      String input,
      String denominator,
      List<Band> bands,
      List<Answer> options,
      Aggregate aggregate,
      List<String> levels,
      String whenNotApplicable,
      Integer capsLevelAt,
      TextDTO evidence,
      String confidence,
      TextDTO confidenceLabel,
      String note,
      List<CriterionDTO> children) {}

  /** From this value on, these points. */
  public record Band(BigDecimal from, BigDecimal points) {}

  /** An answer of a choice criterion. */
  public record Answer(String value, TextDTO label, BigDecimal points) {}

  /** What an authority's criterion computes over its schools. */
  public record Aggregate(
      String function, String set, String group, Integer minLevel, String indicator) {}

  /** An indicator: the code, type and range files must use. */
  public record IndicatorDTO(
      String code,
      TextDTO name,
      String type,
      BigDecimal min,
      BigDecimal max,
      String unit,
      List<String> allowed) {}

  public static IndicatorSetDTO of(IndicatorSet s) {
    return new IndicatorSetDTO(
        s.id(),
        s.version(),
        TextDTO.of(s.title()),
        s.legalBasis(),
        s.note(),
        s.unitTypes().stream().map(Enum::name).sorted().toList(),
        s.schoolLevels().stream().map(Enum::name).sorted().toList(),
        Levels.of(s.levels()),
        s.rounding().scale(),
        s.rounding().mode().name(),
        s.groups().stream().map(IndicatorSetDTO::group).toList(),
        s.indicators().stream().map(IndicatorSetDTO::indicator).toList());
  }

  private static Group group(IndicatorGroup g) {
    return new Group(
        g.code(),
        TextDTO.of(g.name()),
        g.maxPoints(),
        Levels.of(g.levels()),
        g.criteria().stream().map(IndicatorSetDTO::criterion).toList());
  }

  private static CriterionDTO criterion(Criterion c) {
    var a = c.aggregate();
    return new CriterionDTO(
        c.code(),
        TextDTO.of(c.name()),
        c.type().name(),
        c.maxPoints(),
        c.input(),
        c.denominator(),
        c.bands().stream().map(b -> new Band(b.from(), b.points())).toList(),
        c.options().stream()
            .map(o -> new Answer(o.value(), TextDTO.of(o.label()), o.points()))
            .toList(),
        a == null
            ? null
            : new Aggregate(
                a.function() == null ? null : a.function().name(),
                a.set(),
                a.group(),
                a.minLevel(),
                a.indicator()),
        c.levels().stream().map(Enum::name).sorted().toList(),
        c.levels().isEmpty() ? null : c.whenNotApplicable().name(),
        c.capsLevelAt(),
        c.evidence() == null ? null : TextDTO.of(c.evidence()),
        c.confidence().name(),
        TextDTO.of(c.confidence().label()),
        c.note(),
        c.children().stream().map(IndicatorSetDTO::criterion).toList());
  }

  private static IndicatorDTO indicator(Indicator i) {
    return new IndicatorDTO(
        i.code(), TextDTO.of(i.name()), i.type().name(), i.min(), i.max(), i.unit(), i.allowed());
  }
}
