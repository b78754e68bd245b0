package vn.edudx.api.ranking;

/**
 * The ranks a unit takes when weights and uncertain inputs vary (Monte Carlo, after COINr and the
 * JRC/OECD handbook): from the {@code low} to the {@code high} percentile of its simulated ranks.
 *
 * @param distinguishable {@code false} when the interval overlaps its neighbours' so widely that
 *     the published table must not present the order as meaningful
 */
public record RankInterval(int low, int high, boolean distinguishable) {}
