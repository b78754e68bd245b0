package vn.edudx.api.plan;

import java.util.List;

/**
 * How many of the units a target covers reported what it needs.
 *
 * @param covered the units the target covers in the year
 * @param reported those that reported every indicator the metric reads
 * @param missing the codes of the others
 */
public record Coverage(int covered, int reported, List<String> missing) {

  public Coverage {
    missing = missing == null ? List.of() : List.copyOf(missing);
  }
}
