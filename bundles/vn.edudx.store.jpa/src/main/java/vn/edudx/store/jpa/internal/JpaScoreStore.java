package vn.edudx.store.jpa.internal;

import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;

/** Scores in the database, replaced whole when a unit is scored again. */
@Component(service = ScoreStore.class)
public class JpaScoreStore implements ScoreStore {

  private final Jpa jpa;
  private final Json json = new Json();

  @Activate
  public JpaScoreStore(@Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public void replace(List<Score> scores) {
    jpa.run(
        em -> {
          // One query per period, set and chunk of units finds the rows to replace.
          Map<String, List<Score>> byPeriodAndSet =
              scores.stream()
                  .collect(Collectors.groupingBy(s -> s.period() + '\u0000' + s.setId()));
          for (List<Score> group : byPeriodAndSet.values()) {
            Map<String, ScoreEntity> existing = existing(em, group);
            for (Score s : group) {
              ScoreEntity e = existing.get(s.unitCode());
              if (e == null) {
                e = new ScoreEntity(s.unitCode(), s.period(), s.setId());
                em.persist(e);
              }
              e.update(
                  s.setVersion(),
                  s.total().setScale(2, RoundingMode.HALF_UP),
                  s.computedAt(),
                  json.write(content(s)));
            }
          }
        });
  }

  private static Map<String, ScoreEntity> existing(EntityManager em, List<Score> group) {
    Score first = group.get(0);
    return entities(
        em, first.period(), first.setId(), group.stream().map(Score::unitCode).toList());
  }

  /** The rows of some units for a period and set, in chunked queries. */
  private static Map<String, ScoreEntity> entities(
      EntityManager em, String period, String setId, List<String> units) {
    Map<String, ScoreEntity> found = new HashMap<>();
    for (int i = 0; i < units.size(); i += JpaUnitStore.IN_CHUNK) {
      em.createQuery(
              "select s from ScoreEntity s where s.period = :period and s.setId = :set"
                  + " and s.unitCode in :units",
              ScoreEntity.class)
          .setParameter("period", period)
          .setParameter("set", setId)
          .setParameter(
              "units", units.subList(i, Math.min(units.size(), i + JpaUnitStore.IN_CHUNK)))
          .getResultList()
          .forEach(e -> found.put(e.unitCode(), e));
    }
    return found;
  }

  /**
   * The score's content without the time it was computed, which has its own column: scoring the
   * same data with the same version again writes the same bytes.
   */
  static Score content(Score s) {
    return s.at(null);
  }

  private Score read(ScoreEntity e) {
    return json.score(e.detailJson()).at(e.computedAt());
  }

  @Override
  public Map<String, Score> findAll(String period, String setId, Collection<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return Map.of();
    }
    return jpa.read(
        em -> {
          Map<String, Score> found = new HashMap<>();
          entities(em, period, setId, List.copyOf(unitCodes))
              .forEach((unit, e) -> found.put(unit, read(e)));
          return found;
        });
  }

  @Override
  public Optional<Score> find(String unitCode, String period, String setId) {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select s from ScoreEntity s where s.unitCode = :unit and s.period = :period"
                        + " and s.setId = :set",
                    ScoreEntity.class)
                .setParameter("unit", unitCode)
                .setParameter("period", period)
                .setParameter("set", setId)
                .getResultList()
                .stream()
                .findFirst()
                .map(this::read));
  }

  @Override
  public List<Score> forPeriod(String period) {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select s from ScoreEntity s where s.period = :period order by s.unitCode",
                    ScoreEntity.class)
                .setParameter("period", period)
                .getResultList()
                .stream()
                .map(this::read)
                .toList());
  }
}
