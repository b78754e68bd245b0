package vn.edudx.store.jpa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.IndicatorSetStore;
import vn.edudx.api.indicator.SetVersion;

/**
 * Indicator-set versions and activations in the database. A version leaves the draft state once and
 * is frozen from then on: the store refuses other content under its number.
 */
@Component(service = IndicatorSetStore.class)
public class JpaIndicatorSetStore implements IndicatorSetStore {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.store.jpa.internal.messages", JpaIndicatorSetStore.class);

  private final Jpa jpa;

  @Activate
  public JpaIndicatorSetStore(
      @Reference(target = "(osgi.unit.name=edudx)") javax.persistence.EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public Optional<SetVersion> find(String id, int version) {
    return jpa.read(
        em ->
            Optional.ofNullable(
                    em.find(SetVersionEntity.class, new SetVersionEntity.Key(id, version)))
                .map(e -> e.toVersion(true)));
  }

  @Override
  public List<SetVersion> versions() {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select v from SetVersionEntity v order by v.setId, v.version",
                    SetVersionEntity.class)
                .getResultList()
                .stream()
                .map(e -> e.toVersion(false))
                .toList());
  }

  @Override
  public SetVersion save(SetVersion version) {
    return jpa.inTransaction(
        em -> {
          SetVersionEntity e =
              em.find(
                  SetVersionEntity.class,
                  new SetVersionEntity.Key(version.id(), version.version()),
                  javax.persistence.LockModeType.PESSIMISTIC_WRITE);
          if (e == null) {
            e = new SetVersionEntity(version);
            em.persist(e);
            return e.toVersion(true);
          }
          if (e.status() != SetVersion.Status.DRAFT) {
            if (!e.checksum().equals(version.checksum())) {
              throw new EduDxException(
                  EduDxException.Kind.CONFLICT,
                  MESSAGES.problem(
                      "set.version.frozen",
                      "version",
                      null,
                      null,
                      String.valueOf(version.version()),
                      version.id(),
                      version.version()));
            }
            return e.toVersion(true);
          }
          // A draft is replaced whole; a shipped version may promote a draft of the same content.
          e.update(version);
          return e.toVersion(true);
        });
  }

  @Override
  public SetVersion status(String id, int version, SetVersion.Status status) {
    return jpa.inTransaction(
        em -> {
          SetVersionEntity e =
              em.find(SetVersionEntity.class, new SetVersionEntity.Key(id, version));
          if (e == null) {
            throw unknown(id, version);
          }
          e.status(status);
          return e.toVersion(false);
        });
  }

  @Override
  public Optional<Activation> activation(String setId, String period) {
    return jpa.read(
        em ->
            Optional.ofNullable(
                    em.find(SetActivationEntity.class, new SetActivationEntity.Key(setId, period)))
                .map(SetActivationEntity::toActivation));
  }

  @Override
  public List<Activation> activations() {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select a from SetActivationEntity a order by a.setId, a.period",
                    SetActivationEntity.class)
                .getResultList()
                .stream()
                .map(SetActivationEntity::toActivation)
                .toList());
  }

  @Override
  public Activation activate(String setId, int version, String period, String by) {
    return jpa.inTransaction(
        em -> {
          SetVersionEntity v =
              em.find(SetVersionEntity.class, new SetVersionEntity.Key(setId, version));
          if (v == null) {
            throw unknown(setId, version);
          }
          if (v.status() == SetVersion.Status.DRAFT) {
            v.status(SetVersion.Status.ACTIVE);
          }
          SetActivationEntity a =
              em.find(SetActivationEntity.class, new SetActivationEntity.Key(setId, period));
          if (a == null) {
            a = new SetActivationEntity(setId, period);
            a.update(version, Instant.now(), by);
            em.persist(a);
          } else {
            a.update(version, Instant.now(), by);
          }
          return a.toActivation();
        });
  }

  private static EduDxException unknown(String id, int version) {
    return new EduDxException(
        EduDxException.Kind.NOT_FOUND,
        MESSAGES.problem(
            "set.version.unknown", "version", null, null, String.valueOf(version), id, version));
  }
}
