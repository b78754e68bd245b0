package vn.edudx.api.score;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Scores units for a period against the indicator set that applies to each, and stores the result.
 */
public interface ScoringService {

  /**
   * Recomputes and stores the scores of the given units; units no set applies to are skipped.
   *
   * @return the new scores
   */
  List<Score> rescore(String period, Collection<String> unitCodes);

  /** Recomputes every unit that has data in the period. */
  List<Score> rescoreAll(String period);

  /** The scoring job running now, if any, and how far it has come. */
  Optional<Progress> progress();
}
