package vn.edudx.api.score;

import java.util.List;
import java.util.Optional;

/** The computed scores, one per unit, period and indicator set. */
public interface ScoreStore {

  /** Replaces the scores of the same unit, period and set, all in one transaction. */
  void replace(List<Score> scores);

  Optional<Score> find(String unitCode, String period);

  List<Score> forPeriod(String period);
}
