package vn.edudx.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edudx.ranking.internal.Fixture.NOW;
import static vn.edudx.ranking.internal.Fixture.criterion;
import static vn.edudx.ranking.internal.Fixture.group;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.RankInterval;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.SchoolLevel;

class RobustRankingTest {

  private final Fixture f = new Fixture();
  private final StandardRanking ranking = f.ranking();

  /**
   * A school with groups G1 and G2, one self-declared criterion ({@code self-assessment}) out of
   * 100 each.
   */
  private void school(String code, String g1, String g2) {
    f.school(code, SchoolLevel.TH, "P1", "PGD");
    f.stored.add(
        new Score(
            code,
            NOW,
            "s",
            1,
            Instant.EPOCH,
            List.of(
                group("G1", criterion("1.1", g1, "100", "self-assessment")),
                group("G2", criterion("2.1", g2, "100", "self-assessment"))),
            null,
            null,
            null));
  }

  @Test
  void entriesCarryTheirIntervalsOnlyWhenAsked() {
    school("A", "60", "60"); // 120
    school("B", "60.1", "59.9"); // 120: tied with A
    school("C", "10", "10"); // 20
    RobustnessSettings still =
        new RobustnessSettings(0, 0, 10, 1, 5, 95, 0.5, java.util.List.of("external-evaluation"));

    Ranking r = ranking.rank(RankingRequest.of(NOW, null, null, null, false, still));

    assertThat(r.robustness()).isEqualTo(still);
    // No variation: the intervals are the ranks 1, 1, 3; A and B share rank 1.
    assertThat(r.entries())
        .extracting(RankEntry::unitCode, RankEntry::rank, RankEntry::interval)
        .containsExactly(
            tuple("A", 1, new RankInterval(1, 1, false)),
            tuple("B", 1, new RankInterval(1, 1, false)),
            tuple("C", 3, new RankInterval(3, 3, true)));
    assertThat(ranking.rank(NOW, null, null).entries()).allMatch(e -> e.interval() == null);
    assertThat(ranking.rank(NOW, null, null).robustness()).isNull();
  }

  @Test
  void aGroupRankingVariesOnlyThatGroup() {
    // G1: A 50.1 vs B 50.0, both ±10 → both [1, 2]; G2 (70 vs 10) plays no part.
    school("A", "50.1", "70");
    school("B", "50.0", "10");

    Ranking r =
        ranking.rank(RankingRequest.of(NOW, null, null, "G1", false, RobustnessSettings.DEFAULT));

    assertThat(r.entries())
        .extracting(RankEntry::interval)
        .containsExactly(new RankInterval(1, 2, false), new RankInterval(1, 2, false));
    // On the total (120.1 vs 60.0) noise of ±20 cannot close a 60-point gap.
    assertThat(
            ranking
                .rank(RankingRequest.of(NOW, null, null, null, false, RobustnessSettings.DEFAULT))
                .entries())
        .extracting(RankEntry::interval)
        .containsExactly(new RankInterval(1, 1, true), new RankInterval(2, 2, true));
  }

  @Test
  void requestedSettingsOutOfRangeAreRefused() {
    school("A", "50", "50");

    assertThatThrownBy(
            () ->
                ranking.rank(
                    RankingRequest.of(
                        NOW,
                        null,
                        null,
                        null,
                        false,
                        new RobustnessSettings(
                            1, 0, 10, 1, 5, 95, 0.5, java.util.List.of("external-evaluation")))))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).message().vi()).contains("weightBand");
              assertThat(e.problems().get(0).hint().en()).contains("[0, 1)");
            });
  }

  @Test
  void theConfiguredVerifiedSourcesDecideWhatVariesAndTheRankingNamesThem() {
    // G1: A 50.1 vs B 50.0 from self-assessment. By default that source is unverified, both vary
    // by ±10 and neither can be told from the other ([1, 2] each, as above).
    school("A", "50.1", "70");
    school("B", "50.0", "10");
    StandardRanking trusting =
        new StandardRanking(
            f.scores,
            f.units,
            f.registry,
            f.assessments,
            SettingsTest.config(Map.of("verifiedSources", new String[] {"self-assessment"})));

    RobustnessSettings settings = trusting.robustness();
    assertThat(settings.verifiedSources()).containsExactly("self-assessment");
    Ranking r = trusting.rank(RankingRequest.of(NOW, null, null, "G1", false, settings));

    // Verified, the data stay put and one criterion per group cancels its weight: every run is
    // the ranking itself, so each interval is a single rank.
    assertThat(r.entries())
        .extracting(RankEntry::unitCode, RankEntry::interval)
        .containsExactly(
            tuple("A", new RankInterval(1, 1, true)), tuple("B", new RankInterval(2, 2, true)));
    assertThat(r.robustness().verifiedSources()).containsExactly("self-assessment");
    // The default settings name external evaluation and vary the same data.
    assertThat(
            ranking
                .rank(RankingRequest.of(NOW, null, null, "G1", false, ranking.robustness()))
                .entries())
        .extracting(RankEntry::interval)
        .containsExactly(new RankInterval(1, 2, false), new RankInterval(1, 2, false));
  }
}
