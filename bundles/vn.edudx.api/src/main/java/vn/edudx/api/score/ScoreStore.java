package vn.edudx.api.score;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The computed scores, one per unit, period and indicator set. */
public interface ScoreStore {

  /** Replaces the scores of the same unit, period and set, all in one transaction. */
  void replace(List<Score> scores);

  /** The scores of some units for a period under one set, by unit code, read at once. */
  Map<String, Score> findAll(String period, String setId, Collection<String> unitCodes);

  /** A unit's score for a period under one indicator set. */
  Optional<Score> find(String unitCode, String period, String setId);

  List<Score> forPeriod(String period);
}
