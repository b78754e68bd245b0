package vn.edudx.store.jpa.internal;

import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.Health;
import vn.edudx.api.HealthIndicator;

/** Says whether the database answers, and how much it holds. */
@Component(service = HealthIndicator.class)
public class DatabaseHealth implements HealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

  private final Jpa jpa;

  @Activate
  public DatabaseHealth(@Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public String name() {
    return "database";
  }

  @Override
  public Health check() {
    try {
      Map<String, Object> facts =
          jpa.read(
              em ->
                  Map.of(
                      "units",
                      em.createQuery("select count(u) from UnitEntity u", Long.class)
                          .getSingleResult(),
                      "observations",
                      em.createQuery("select count(o) from ObservationEntity o", Long.class)
                          .getSingleResult(),
                      "scores",
                      em.createQuery("select count(s) from ScoreEntity s", Long.class)
                          .getSingleResult()));
      return Health.up(name(), "The database answers.", facts);
    } catch (RuntimeException e) {
      // The cause goes to the log, not to an unauthenticated answer.
      LOG.warn("The database does not answer", e);
      return Health.down(name(), "The database does not answer; see the log.");
    }
  }
}
