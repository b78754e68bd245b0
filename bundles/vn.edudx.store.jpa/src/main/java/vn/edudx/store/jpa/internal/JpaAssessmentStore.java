package vn.edudx.store.jpa.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;
import vn.edudx.api.workflow.Transition;

/**
 * Assessments and their audit history in the database. An assessment and the entries that explain
 * its change are written in one transaction, and only over the revision the writer read, so that
 * two reviewers acting at once never overwrite each other silently.
 */
@Component(service = AssessmentStore.class)
public class JpaAssessmentStore implements AssessmentStore {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.store.jpa.internal.messages", JpaAssessmentStore.class);

  private final Jpa jpa;
  private final Json json = new Json();

  @Activate
  public JpaAssessmentStore(
      @Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public Optional<Assessment> find(String unitCode, String period, String setId) {
    return jpa.read(
        em -> entity(em, unitCode, period, setId, false).map(e -> e.toAssessment(json)));
  }

  @Override
  public List<Assessment> list(String period, AssessmentState state) {
    // Two queries rather than ":state is null", which Derby cannot type.
    return jpa.read(
        em -> {
          var query =
              em.createQuery(
                      "select a from AssessmentEntity a where a.period = :period"
                          + (state == null ? "" : " and a.state = :state")
                          + " order by a.unitCode, a.setId",
                      AssessmentEntity.class)
                  .setParameter("period", period);
          if (state != null) {
            query.setParameter("state", state);
          }
          return query.getResultList().stream().map(e -> e.toAssessment(json)).toList();
        });
  }

  @Override
  public Assessment save(Assessment a, List<Transition> entries) {
    try {
      return jpa.inTransaction(
          em -> {
            Optional<AssessmentEntity> stored =
                entity(em, a.unitCode(), a.period(), a.setId(), true);
            long current = stored.map(AssessmentEntity::revision).orElse(0L);
            if (current != a.revision()) {
              throw conflict(a, current);
            }
            AssessmentEntity e =
                stored.orElseGet(() -> new AssessmentEntity(a.unitCode(), a.period(), a.setId()));
            e.update(
                a, a.approvedScore() == null ? null : json.write(a.approvedScore()), current + 1);
            if (stored.isEmpty()) {
              em.persist(e);
            }
            for (Transition t : entries) {
              em.persist(new TransitionEntity(a.unitCode(), a.period(), a.setId(), t));
            }
            // Surfaces a concurrent first save (the unique key) here, as a conflict.
            em.flush();
            return e.toAssessment(json);
          });
    } catch (PersistenceException e) {
      if (a.revision() == 0 && find(a.unitCode(), a.period(), a.setId()).isPresent()) {
        throw conflict(a, 1);
      }
      throw e;
    }
  }

  @Override
  public List<Transition> history(String unitCode, String period, String setId) {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select t from TransitionEntity t where t.unitCode = :unit"
                        + " and t.period = :period and t.setId = :set order by t.id",
                    TransitionEntity.class)
                .setParameter("unit", unitCode)
                .setParameter("period", period)
                .setParameter("set", setId)
                .getResultList()
                .stream()
                .map(TransitionEntity::toTransition)
                .toList());
  }

  private static Optional<AssessmentEntity> entity(
      EntityManager em, String unitCode, String period, String setId, boolean lock) {
    var query =
        em.createQuery(
                "select a from AssessmentEntity a where a.unitCode = :unit"
                    + " and a.period = :period and a.setId = :set",
                AssessmentEntity.class)
            .setParameter("unit", unitCode)
            .setParameter("period", period)
            .setParameter("set", setId);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }

  private static EduDxException conflict(Assessment a, long stored) {
    return new EduDxException(
        EduDxException.Kind.CONFLICT,
        MESSAGES.problem(
            "assessment.conflict",
            "revision",
            null,
            null,
            String.valueOf(a.revision()),
            a.unitCode(),
            a.period(),
            String.valueOf(a.revision()),
            String.valueOf(stored)));
  }
}
