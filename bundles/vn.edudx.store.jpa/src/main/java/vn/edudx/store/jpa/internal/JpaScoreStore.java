package vn.edudx.store.jpa.internal;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
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
          for (Score s : scores) {
            ScoreEntity e =
                em
                    .createQuery(
                        "select s from ScoreEntity s where s.unitCode = :unit"
                            + " and s.period = :period and s.setId = :set",
                        ScoreEntity.class)
                    .setParameter("unit", s.unitCode())
                    .setParameter("period", s.period())
                    .setParameter("set", s.setId())
                    .getResultList()
                    .stream()
                    .findFirst()
                    .orElse(null);
            if (e == null) {
              e = new ScoreEntity(s.unitCode(), s.period(), s.setId());
              em.persist(e);
            }
            e.update(
                s.setVersion(),
                s.total().setScale(2, RoundingMode.HALF_UP),
                s.computedAt(),
                json.write(s));
          }
        });
  }

  @Override
  public Optional<Score> find(String unitCode, String period) {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select s from ScoreEntity s where s.unitCode = :unit and s.period = :period"
                        + " order by s.setId",
                    ScoreEntity.class)
                .setParameter("unit", unitCode)
                .setParameter("period", period)
                .getResultList()
                .stream()
                .findFirst()
                .map(e -> json.score(e.detailJson())));
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
                .map(e -> json.score(e.detailJson()))
                .toList());
  }
}
