package vn.edudx.ranking.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Period;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;

/**
 * Where the scores a ranking orders come from: the live scores, or the results frozen at approval.
 * Either way only the result under the indicator set that applies to the school now counts (a
 * school whose level changed keeps its old set's result, but is not ranked on it).
 *
 * <p>For a ranking to publish ({@code forPublic}) a school without a result gets one neutral reason
 * ({@code unranked.not-approved}) instead of the state of its review, which is not published; that
 * no indicator set applies to its level is said either way (it is part of the published method).
 */
interface Sources {

  /**
   * A school's score, or why it has none.
   *
   * @param score the score to rank on, or {@code null}
   * @param reason why there is no score, or {@code null} when there is one
   */
  record Found(Score score, LocalizedText reason) {}

  /** The school's result. */
  Found find(OrgUnit school);

  /** Every result of the period, to tell an unknown group from one some results lack. */
  Collection<Score> all();

  /** The live scores of a period. */
  static Sources live(
      List<Score> scores, IndicatorSetRegistry registry, Period p, boolean forPublic) {
    Map<String, Score> byKey =
        scores.stream()
            .collect(
                Collectors.toMap(
                    s -> s.unitCode() + '|' + s.setId(), Function.identity(), (a, b) -> a));
    return new Sources() {
      @Override
      public Found find(OrgUnit u) {
        IndicatorSet set = registry.applicableTo(u).orElse(null);
        if (set == null) {
          return new Found(null, noSet(u));
        }
        Score s = byKey.get(u.code() + '|' + set.id());
        if (s == null) {
          return new Found(
              null,
              forPublic
                  ? notApproved(p)
                  : StandardRanking.MESSAGES.text("unranked.no-score", p.code()));
        }
        return new Found(s, null);
      }

      @Override
      public Collection<Score> all() {
        return byKey.values();
      }
    };
  }

  /** The approved results of a period, from all its assessments (to say where the others are). */
  static Sources approved(
      List<Assessment> assessments, IndicatorSetRegistry registry, Period p, boolean forPublic) {
    Map<String, Assessment> byKey =
        assessments.stream()
            .collect(
                Collectors.toMap(
                    a -> a.unitCode() + '|' + a.setId(), Function.identity(), (a, b) -> a));
    return new Sources() {
      @Override
      public Found find(OrgUnit u) {
        IndicatorSet set = registry.applicableTo(u).orElse(null);
        if (set == null) {
          return new Found(null, noSet(u));
        }
        Assessment a = byKey.get(u.code() + '|' + set.id());
        if (a != null && a.state() == AssessmentState.APPROVED && a.approvedScore() != null) {
          return new Found(a.approvedScore(), null);
        }
        if (forPublic) {
          return new Found(null, notApproved(p));
        }
        if (a == null) {
          return new Found(null, StandardRanking.MESSAGES.text("unranked.state.none", p.code()));
        }
        return new Found(
            null,
            StandardRanking.MESSAGES.text(
                "unranked.state." + a.state().name().toLowerCase(Locale.ROOT), p.code()));
      }

      @Override
      public Collection<Score> all() {
        return byKey.values().stream()
            .filter(a -> a.state() == AssessmentState.APPROVED && a.approvedScore() != null)
            .map(Assessment::approvedScore)
            .toList();
      }
    };
  }

  /** The one reason a published ranking gives for a school without an approved result. */
  private static LocalizedText notApproved(Period p) {
    return StandardRanking.MESSAGES.text("unranked.not-approved", p.code());
  }

  private static LocalizedText noSet(OrgUnit u) {
    return StandardRanking.MESSAGES.text(
        "unranked.no-set",
        u.level() == null ? "" : u.level().label().vi(),
        u.level() == null ? "" : u.level().label().en());
  }
}
