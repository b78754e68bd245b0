package vn.edudx.api.ranking;

/**
 * How a robustness run varies the results. Set in {@code etc/vn.edudx.ranking.cfg}.
 *
 * @param weightBand each criterion's weight varies uniformly within ±band (0.2 = ±20%)
 * @param inputUncertainty an unverified input's points vary uniformly within ±this share of the
 *     criterion's maximum (0.1 = ±10% of the maximum)
 * @param runs how many simulated rankings
 * @param seed the seed: the same seed and data give the same intervals
 * @param lowPercentile the percentile of simulated ranks that is the interval's low end (5)
 * @param highPercentile the percentile that is its high end (95)
 * @param overlap a unit is not distinguishable from a neighbour when their intervals share more
 *     than this share of the narrower interval's ranks (0.5)
 * @param verifiedSources the provenance sources whose values count as verified and are not varied
 *     ({@code external-evaluation}); part of the settings so that a published interval can be
 *     recomputed from what the publication says
 */
public record RobustnessSettings(
    double weightBand,
    double inputUncertainty,
    int runs,
    long seed,
    int lowPercentile,
    int highPercentile,
    double overlap,
    java.util.List<String> verifiedSources) {

  public static final RobustnessSettings DEFAULT =
      new RobustnessSettings(
          0.2, 0.1, 1000, 20250620L, 5, 95, 0.5, java.util.List.of("external-evaluation"));

  public RobustnessSettings {
    verifiedSources =
        verifiedSources == null ? java.util.List.of() : java.util.List.copyOf(verifiedSources);
  }
}
