package vn.edudx.ranking.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.ranking.RankInterval;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.InputUsed;
import vn.edudx.api.score.Outcome;

/**
 * How far a ranking can be trusted: a Monte Carlo uncertainty analysis after the JRC/OECD
 * <i>Handbook on Constructing Composite Indicators</i> and COINr, which gives every unit the band
 * of ranks it takes when the weights of the criteria and the unverified data vary.
 *
 * <p>The model, for the units of one ranking and the figure it orders on (a group, or the total as
 * the sum of the groups):
 *
 * <ol>
 *   <li>The criteria modelled are the <b>top-level</b> criteria of the figure's groups, except
 *       mandatory conditions (they give no points) and criteria whose outcome is {@code
 *       NOT_APPLICABLE}. A criterion has points {@code p} and maximum {@code m}.
 *   <li>A criterion is <b>uncertain</b> for a unit when any input it or one of its sub-criteria
 *       read has a provenance whose source is not one of the verified sources (by default {@code
 *       external-evaluation}): self-declared, imported or estimated data nobody checked. Inputs
 *       without provenance (values that were missing) and criteria without inputs are certain.
 *   <li>In every run, every criterion code {@code c} gets a weight factor {@code w_c ~ U[1 − band,
 *       1 + band]}, the same for all units in that run. Every uncertain criterion of every unit
 *       gets {@code p' = clamp(p + m·U[−unc, unc], 0, m)}; a certain one keeps {@code p' = p}.
 *   <li>A group's simulated points are {@code F + A · Σ w_c p'_c / Σ w_c m_c} over its modelled
 *       criteria, where {@code A = Σ m_c} (the group's maximum when every criterion applies) and
 *       {@code F} = the group's points − {@code Σ p_c} (points the set gives criteria that do not
 *       apply; normally 0). With all weights 1 and no noise this is exactly the group's points, so
 *       a run reproduces the ranking. A group with no modelled criteria keeps its points.
 *   <li>The simulated figure is that group's, or the sum of the groups' for the total. Each run is
 *       ranked by standard competition ranking (figures within 10⁻⁹ count as tied).
 *   <li>A unit's interval is from the {@code lowPercentile} to the {@code highPercentile} of its
 *       simulated ranks by the nearest-rank method: the {@code P}-th percentile of {@code N} ranks
 *       is the {@code max(1, ⌈P·N/100⌉)}-th smallest.
 *   <li>A unit is <b>not distinguishable</b> when its interval shares more than {@code overlap} ×
 *       (the length of the narrower interval) ranks with the interval of the unit directly above or
 *       directly below it in the ranking; a length is {@code high − low + 1}.
 * </ol>
 *
 * <p>Draws come from one {@link SplittableRandom} seeded with {@code seed}, in a fixed order: per
 * run, the weights by criterion code, then units by code and, within a unit, groups and criteria by
 * code. The same seed and data therefore give the same intervals. With band 0 and uncertainty 0
 * every interval is the unit's rank.
 *
 * <p>The verified sources are those of the settings ({@link RobustnessSettings#verifiedSources()}),
 * so that a published interval names what counted as verified.
 *
 * <p>Cost: {@code runs × (criteria + n log n)} time, and every unit's {@code runs} simulated ranks
 * ({@code 4·n·runs} bytes: 4 MB for 1,000 units and 1,000 runs). A request of more than {@link
 * #MAX_DRAWS} unit-runs is refused before anything is simulated.
 */
public final class RobustnessAnalysis {

  /** Figures closer than this are ties: sums of decimals in doubles differ in the last bits. */
  private static final double TIE = 1e-9;

  /**
   * The most simulated ranks ({@code n × runs}) one analysis keeps: 50 million ints, 200 MB. More
   * is refused rather than risk the memory of the server.
   */
  static final long MAX_DRAWS = 50_000_000L;

  private final RobustnessSettings settings;
  private final Set<String> verifiedSources;

  /**
   * A unit to rank.
   *
   * @param groups the groups whose points make up the figure it is ranked on
   */
  public record Subject(String code, List<GroupScore> groups) {

    public Subject {
      groups = List.copyOf(groups);
    }
  }

  public RobustnessAnalysis(RobustnessSettings settings) {
    this.settings = settings;
    this.verifiedSources = Set.copyOf(settings.verifiedSources());
  }

  /**
   * The rank intervals of units given in the order of their ranking (best first, as shown), in the
   * same order.
   *
   * @throws EduDxException INVALID when {@code n × runs} is above {@link #MAX_DRAWS}
   */
  public List<RankInterval> intervals(List<Subject> ranked) {
    int[][] ranks = simulate(ranked);
    int n = ranked.size();
    int[] low = new int[n];
    int[] high = new int[n];
    for (int i = 0; i < n; i++) {
      low[i] = percentile(ranks[i], settings.lowPercentile());
      high[i] = percentile(ranks[i], settings.highPercentile());
    }
    List<RankInterval> intervals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean clear =
          (i == 0 || !tooClose(low[i], high[i], low[i - 1], high[i - 1]))
              && (i == n - 1 || !tooClose(low[i], high[i], low[i + 1], high[i + 1]));
      intervals.add(new RankInterval(low[i], high[i], clear));
    }
    return intervals;
  }

  /**
   * The ranks each unit took, in ascending order: {@code ranks[i]} holds the {@code runs} simulated
   * ranks of unit {@code i} (1-based).
   *
   * @throws EduDxException INVALID when {@code n × runs} is above {@link #MAX_DRAWS}
   */
  int[][] simulate(List<Subject> units) {
    int n = units.size();
    int runs = settings.runs();
    if ((long) n * runs > MAX_DRAWS) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          StandardRanking.MESSAGES.problem(
              "ranking.robustness.too-large",
              "robustness",
              null,
              null,
              n + " × " + runs,
              String.valueOf(n),
              String.valueOf(runs),
              String.valueOf((long) n * runs),
              String.valueOf(MAX_DRAWS)));
    }
    Integer[] byCode = new Integer[n];
    Arrays.setAll(byCode, i -> i);
    Arrays.sort(byCode, Comparator.comparing(i -> units.get(i).code()));
    TreeSet<String> codes = new TreeSet<>();
    Model[] models = new Model[n];
    for (int i = 0; i < n; i++) {
      models[i] = new Model(units.get(i), verifiedSources);
      models[i].groups.forEach(g -> g.criteria.forEach(c -> codes.add(c.code)));
    }
    Map<String, Integer> index = new TreeMap<>();
    codes.forEach(c -> index.put(c, index.size()));
    for (Model m : models) {
      m.groups.forEach(g -> g.criteria.forEach(c -> c.weight = index.get(c.code)));
    }

    double band = settings.weightBand();
    double unc = settings.inputUncertainty();
    SplittableRandom random = new SplittableRandom(settings.seed());
    double[] weights = new double[codes.size()];
    double[] figures = new double[n];
    double[] sorted = new double[n];
    int[][] ranks = new int[n][runs];
    for (int run = 0; run < runs; run++) {
      for (int k = 0; k < weights.length; k++) {
        weights[k] = 1 - band + 2 * band * random.nextDouble();
      }
      for (Integer i : byCode) {
        figures[i] = models[i].figure(weights, unc, random);
      }
      System.arraycopy(figures, 0, sorted, 0, n);
      Arrays.sort(sorted);
      for (int i = 0; i < n; i++) {
        // Competition ranking: one more than the number of units with a higher figure.
        ranks[i][run] = 1 + n - firstAbove(sorted, figures[i] + TIE);
      }
    }
    for (int[] r : ranks) {
      Arrays.sort(r);
    }
    return ranks;
  }

  /**
   * The {@code p}-th percentile by the nearest-rank method of values in ascending order: the {@code
   * max(1, ⌈p·N/100⌉)}-th smallest of the {@code N} values.
   */
  static int percentile(int[] ascending, int p) {
    long k = Math.max(1, ((long) p * ascending.length + 99) / 100);
    if (k > ascending.length) {
      throw new IllegalArgumentException("fewer than " + k + " values");
    }
    return ascending[(int) k - 1];
  }

  private boolean tooClose(int lowA, int highA, int lowB, int highB) {
    int shared = Math.min(highA, highB) - Math.max(lowA, lowB) + 1;
    int narrower = Math.min(highA - lowA + 1, highB - lowB + 1);
    return shared > 0 && shared > settings.overlap() * narrower;
  }

  /** The index of the first value above {@code x} in an ascending array (its length if none). */
  private static int firstAbove(double[] ascending, double x) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** A unit's figure as numbers, ready for many runs. */
  private static final class Model {
    final List<GroupModel> groups = new ArrayList<>();

    Model(Subject s, Set<String> verified) {
      s.groups().stream()
          .sorted(Comparator.comparing(GroupScore::code))
          .forEach(g -> groups.add(new GroupModel(g, verified)));
    }

    double figure(double[] weights, double unc, SplittableRandom random) {
      double sum = 0;
      for (GroupModel g : groups) {
        sum += g.points(weights, unc, random);
      }
      return sum;
    }
  }

  /** A group: its fixed part and the criteria whose weights and points vary. */
  private static final class GroupModel {
    final List<CriterionModel> criteria = new ArrayList<>();
    final double fixed;
    final double max;

    GroupModel(GroupScore g, Set<String> verified) {
      double points = 0;
      double max = 0;
      for (CriterionScore c :
          g.criteria().stream().sorted(Comparator.comparing(CriterionScore::code)).toList()) {
        if (c.type() == CriterionType.MANDATORY || c.outcome() == Outcome.NOT_APPLICABLE) {
          continue;
        }
        CriterionModel m =
            new CriterionModel(
                c.code(), value(c.points()), value(c.maxPoints()), uncertain(c, verified));
        criteria.add(m);
        points += m.points;
        max += m.max;
      }
      this.max = max;
      this.fixed = value(g.points()) - points;
    }

    double points(double[] weights, double unc, SplittableRandom random) {
      double weighted = 0;
      double weightedMax = 0;
      for (CriterionModel c : criteria) {
        double p = c.points;
        if (c.uncertain) {
          double noise = -unc + 2 * unc * random.nextDouble();
          p = Math.min(c.max, Math.max(0, p + c.max * noise));
        }
        double w = weights[c.weight];
        weighted += w * p;
        weightedMax += w * c.max;
      }
      return weightedMax > 0 ? fixed + max * weighted / weightedMax : fixed + weighted;
    }
  }

  /** A top-level criterion. */
  private static final class CriterionModel {
    final String code;
    final double points;
    final double max;
    final boolean uncertain;
    int weight;

    CriterionModel(String code, double points, double max, boolean uncertain) {
      this.code = code;
      this.points = points;
      this.max = max;
      this.uncertain = uncertain;
    }
  }

  private static boolean uncertain(CriterionScore c, Set<String> verified) {
    return inputs(c)
        .anyMatch(i -> i.provenance() != null && !verified.contains(i.provenance().source()));
  }

  private static Stream<InputUsed> inputs(CriterionScore c) {
    return Stream.concat(
        c.inputs().stream(), c.children().stream().flatMap(RobustnessAnalysis::inputs));
  }

  private static double value(BigDecimal d) {
    return d == null ? 0 : d.doubleValue();
  }
}
