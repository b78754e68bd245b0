package vn.edudx.ranking.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of rankings ({@code etc/vn.edudx.ranking.cfg}): how rank intervals are simulated,
 * which data count as verified, and in which category a multi-level school ranks. A bad value is
 * logged and replaced by its default.
 */
@ObjectClassDefinition(
    name = "EduDX rankings",
    description = "Rank intervals (robustness) and categories of multi-level schools.")
public @interface RankingConfig {

  @AttributeDefinition(
      description = "Each criterion's weight varies uniformly within ±this share, in [0, 1).")
  double weightBand() default 0.2;

  @AttributeDefinition(
      description =
          "An unverified criterion's points vary uniformly within ±this share of its maximum,"
              + " in [0, 1].")
  double inputUncertainty() default 0.1;

  @AttributeDefinition(
      description =
          "Simulated rankings per interval, 1 to 100000. A ranking of n schools with more than"
              + " 50000000 simulated ranks (n × runs) is refused.")
  int runs() default 1000;

  @AttributeDefinition(description = "The seed: the same seed and data give the same intervals.")
  long seed() default 20250620L;

  @AttributeDefinition(description = "The percentile of simulated ranks at an interval's top.")
  int lowPercentile() default 5;

  @AttributeDefinition(description = "The percentile of simulated ranks at an interval's bottom.")
  int highPercentile() default 95;

  @AttributeDefinition(
      description =
          "Neighbours are not distinguishable when their intervals share more than this share"
              + " of the narrower interval's ranks, in [0, 1].")
  double overlap() default 0.5;

  @AttributeDefinition(
      description =
          "Provenance sources whose values are verified (comma-separated); values from any other"
              + " source are treated as uncertain. Published rankings name them.")
  String[] verifiedSources() default {"external-evaluation"};

  @AttributeDefinition(
      description =
          "The category a multi-level school ranks in, as LEVEL=CATEGORY pairs separated by"
              + " commas; levels not named rank in their usual main level.")
  String mainLevels() default "TH_THCS=THCS,THCS_THPT=THPT,TH_THCS_THPT=THPT";
}
