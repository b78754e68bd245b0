package vn.edudx.rest.internal.dto;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.ranking.Improvement;
import vn.edudx.api.ranking.RankInterval;
import vn.edudx.api.ranking.RobustnessSettings;

/** Schools ranked, with the schools that have no rank listed apart with the reason. */
public record RankingDTO(
    String period,
    String scope,
    String level,
    String by,
    boolean approvedOnly,
    TextDTO method,
    TextDTO notice,
    int count,
    List<Entry> entries,
    List<Unranked> unranked,
    List<Improvement> mostImproved,
    RobustnessSettings robustness) {

  /** One school's place. */
  public record Entry(
      int rank,
      boolean tied,
      UnitRefDTO unit,
      Place place,
      BigDecimal points,
      List<Group> groups,
      Integer previousRank,
      Integer movement,
      RankInterval interval) {}

  /** The ward or commune a school is in. */
  public record Place(String code, String name) {}

  /** A group's points and level beside a rank. */
  public record Group(
      String code, BigDecimal points, BigDecimal maxPoints, int level, TextDTO levelName) {}

  /** A school without a rank, and why. */
  public record Unranked(UnitRefDTO unit, TextDTO reason) {}
}
