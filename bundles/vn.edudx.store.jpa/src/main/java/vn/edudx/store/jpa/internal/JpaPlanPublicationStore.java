package vn.edudx.store.jpa.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
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
import vn.edudx.api.plan.PlanPublication;
import vn.edudx.api.plan.PlanPublicationStore;
import vn.edudx.api.plan.StoredPlanPublication;

/**
 * Plan publications in the database, kept as the exact bytes that were published and read back from
 * them. The one-current rule is the service's, but the database has the last word: a unique key
 * refuses a second first publication, or a second correction, made at the same moment.
 */
@Component(service = PlanPublicationStore.class)
public class JpaPlanPublicationStore implements PlanPublicationStore {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.store.jpa.internal.messages", JpaPlanPublicationStore.class);

  /** Reads snapshots only; lenient, since derived properties (such as "demo") are published too. */
  private static final ObjectMapper READER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  private final Jpa jpa;

  @Activate
  public JpaPlanPublicationStore(
      @Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public void add(StoredPlanPublication publication, Instant at) {
    PlanPublication s = publication.snapshot();
    try {
      jpa.run(
          em -> {
            if (em.find(PlanPublicationEntity.class, s.id()) != null) {
              throw conflict("plan.publication.exists", "id", s.id(), s.id());
            }
            if (s.supersedes() != null) {
              // Locked, so that of two corrections made at once the second sees the first.
              PlanPublicationEntity old =
                  em.find(
                      PlanPublicationEntity.class, s.supersedes(), LockModeType.PESSIMISTIC_WRITE);
              if (old == null) {
                throw new EduDxException(
                    EduDxException.Kind.NOT_FOUND,
                    MESSAGES.problem(
                        "plan.publication.unknown",
                        "supersedes",
                        null,
                        null,
                        s.supersedes(),
                        s.supersedes()));
              }
              if (old.supersededBy() != null) {
                throw conflict(
                    "plan.publication.superseded",
                    "supersedes",
                    s.supersedes(),
                    s.supersedes(),
                    old.supersededBy());
              }
              old.supersede(s.id(), at);
            }
            em.persist(
                new PlanPublicationEntity(
                    s.id(),
                    s.planId(),
                    s.year(),
                    s.area(),
                    s.approvedAt(),
                    s.embargoUntil(),
                    publication.checksum(),
                    publication.json(),
                    s.supersedes()));
            em.flush();
          });
    } catch (PersistenceException e) {
      if (!integrityViolation(e)) {
        throw e;
      }
      // Another publication took this one's place between the service's check and this insert.
      throw conflict(
          "plan.publication.taken",
          "supersedes",
          s.supersedes(),
          s.planId(),
          String.valueOf(s.year()),
          s.supersedes() == null ? "-" : s.supersedes());
    }
  }

  /** Whether the database refused the row for a unique key (SQL state class 23). */
  static boolean integrityViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static EduDxException conflict(String code, String field, String value, Object... args) {
    return new EduDxException(
        EduDxException.Kind.CONFLICT, MESSAGES.problem(code, field, null, null, value, args));
  }

  @Override
  public Optional<StoredPlanPublication> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return jpa.read(
        em ->
            Optional.ofNullable(em.find(PlanPublicationEntity.class, id)).map(this::toPublication));
  }

  @Override
  public List<StoredPlanPublication> list() {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select p from PlanPublicationEntity p order by p.approvedAt desc, p.id desc",
                    PlanPublicationEntity.class)
                .getResultList()
                .stream()
                .map(this::toPublication)
                .toList());
  }

  private StoredPlanPublication toPublication(PlanPublicationEntity e) {
    byte[] json = e.snapshot();
    PlanPublication snapshot;
    try {
      snapshot = READER.readValue(json, PlanPublication.class);
    } catch (IOException ex) {
      throw new IllegalStateException("Plan publication " + e.id() + " cannot be read", ex);
    }
    return new StoredPlanPublication(
        snapshot, json, e.checksum(), e.supersededBy(), e.supersededAt());
  }
}
