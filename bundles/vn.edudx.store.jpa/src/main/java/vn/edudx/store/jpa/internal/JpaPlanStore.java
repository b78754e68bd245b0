package vn.edudx.store.jpa.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.plan.PlanStore;
import vn.edudx.api.plan.PlanVersion;

/** Plan versions in the database: stored once, never changed. */
@Component(service = PlanStore.class)
public class JpaPlanStore implements PlanStore {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.store.jpa.internal.messages", JpaPlanStore.class);

  private final Jpa jpa;

  @Activate
  public JpaPlanStore(@Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public PlanVersion save(PlanVersion version) {
    try {
      return insertOrCompare(version);
    } catch (PersistenceException e) {
      if (!JpaPlanPublicationStore.integrityViolation(e)) {
        throw e;
      }
      // Two first saves of one version at once (two requests after a start): the row is there now.
      return insertOrCompare(version);
    }
  }

  private PlanVersion insertOrCompare(PlanVersion version) {
    return jpa.inTransaction(
        em -> {
          PlanVersionEntity e =
              em.find(
                  PlanVersionEntity.class,
                  new PlanVersionEntity.Key(version.id(), version.version()),
                  LockModeType.PESSIMISTIC_WRITE);
          if (e == null) {
            e = new PlanVersionEntity(version);
            em.persist(e);
            em.flush();
            return e.toVersion(false);
          }
          if (!e.checksum().equals(version.checksum())) {
            throw new EduDxException(
                EduDxException.Kind.CONFLICT,
                MESSAGES.problem(
                    "plan.version.frozen",
                    "version",
                    null,
                    null,
                    String.valueOf(version.version()),
                    version.id(),
                    version.version()));
          }
          return e.toVersion(false);
        });
  }

  @Override
  public Optional<PlanVersion> find(String id, int version) {
    return jpa.read(
        em ->
            Optional.ofNullable(
                    em.find(PlanVersionEntity.class, new PlanVersionEntity.Key(id, version)))
                .map(e -> e.toVersion(true)));
  }

  @Override
  public List<PlanVersion> versions() {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select v from PlanVersionEntity v order by v.planId, v.version",
                    PlanVersionEntity.class)
                .getResultList()
                .stream()
                .map(e -> e.toVersion(false))
                .toList());
  }
}
