package vn.edudx.rest.internal.dto;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;

/**
 * An indicator set as the office reads it: groups, criteria with their points, inputs and how sure
 * we are of each, and the indicators files must use.
 */
public record IndicatorSetDTO(
    String id,
    int version,
    TextDTO title,
    String legalBasis,
    List<String> unitTypes,
    List<String> schoolLevels,
    List<Group> groups,
    List<IndicatorDTO> indicators) {

  /** A group with its level thresholds. */
  public record Group(
      String code,
      TextDTO name,
      BigDecimal maxPoints,
      BigDecimal level2From,
      BigDecimal level3Above,
      int capOnMandatoryFailure,
      List<CriterionDTO> criteria) {}

  /** A criterion. */
  public record CriterionDTO(
      String code,
      TextDTO name,
      String type,
      BigDecimal maxPoints,
      String input,
      String confidence,
      TextDTO confidenceLabel,
      String note,
      List<CriterionDTO> children) {}

  /** An indicator: the code, type and range files must use. */
  public record IndicatorDTO(
      String code, TextDTO name, String type, BigDecimal min, BigDecimal max, String unit) {}

  public static IndicatorSetDTO of(IndicatorSet s) {
    return new IndicatorSetDTO(
        s.id(),
        s.version(),
        TextDTO.of(s.title()),
        s.legalBasis(),
        s.unitTypes().stream().map(Enum::name).sorted().toList(),
        s.schoolLevels().stream().map(Enum::name).sorted().toList(),
        s.groups().stream().map(IndicatorSetDTO::group).toList(),
        s.indicators().stream().map(IndicatorSetDTO::indicator).toList());
  }

  private static Group group(IndicatorGroup g) {
    return new Group(
        g.code(),
        TextDTO.of(g.name()),
        g.maxPoints(),
        g.levels().level2From(),
        g.levels().level3Above(),
        g.levels().capOnMandatoryFailure(),
        g.criteria().stream().map(IndicatorSetDTO::criterion).toList());
  }

  private static CriterionDTO criterion(Criterion c) {
    return new CriterionDTO(
        c.code(),
        TextDTO.of(c.name()),
        c.type().name(),
        c.maxPoints(),
        c.input(),
        c.confidence().name(),
        TextDTO.of(c.confidence().label()),
        c.note(),
        c.children().stream().map(IndicatorSetDTO::criterion).toList());
  }

  private static IndicatorDTO indicator(Indicator i) {
    return new IndicatorDTO(
        i.code(), TextDTO.of(i.name()), i.type().name(), i.min(), i.max(), i.unit());
  }
}
