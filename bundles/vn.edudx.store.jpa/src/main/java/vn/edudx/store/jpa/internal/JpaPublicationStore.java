package vn.edudx.store.jpa.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.PublicationStore;
import vn.edudx.api.publication.Snapshot;

/**
 * Publications in the database. The snapshot is kept as the exact bytes that were published and
 * read back from them, so what is served is always what the checksum covers.
 */
@Component(service = PublicationStore.class)
public class JpaPublicationStore implements PublicationStore {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.store.jpa.internal.messages", JpaPublicationStore.class);

  /** Reads snapshots only; lenient, since derived properties (such as "demo") are published too. */
  private static final ObjectMapper READER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  private final Jpa jpa;

  @Activate
  public JpaPublicationStore(
      @Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public void add(Publication publication, Instant at) {
    Snapshot s = publication.snapshot();
    jpa.run(
        em -> {
          if (em.find(PublicationEntity.class, s.id()) != null) {
            throw new EduDxException(
                EduDxException.Kind.CONFLICT,
                MESSAGES.problem("publication.exists", "id", null, null, s.id(), s.id()));
          }
          if (s.supersedes() != null) {
            // Locked, so that of two corrections made at once the second sees the first.
            PublicationEntity old =
                em.find(PublicationEntity.class, s.supersedes(), LockModeType.PESSIMISTIC_WRITE);
            if (old == null) {
              throw new EduDxException(
                  EduDxException.Kind.NOT_FOUND,
                  MESSAGES.problem(
                      "publication.unknown",
                      "supersedes",
                      null,
                      null,
                      s.supersedes(),
                      s.supersedes()));
            }
            if (old.supersededBy() != null) {
              throw new EduDxException(
                  EduDxException.Kind.CONFLICT,
                  MESSAGES.problem(
                      "publication.superseded",
                      "supersedes",
                      null,
                      null,
                      s.supersedes(),
                      s.supersedes(),
                      old.supersededBy()));
            }
            old.supersede(s.id(), at);
          }
          em.persist(
              new PublicationEntity(
                  s.id(),
                  s.period(),
                  s.scopeCode(),
                  s.createdAt(),
                  s.embargoUntil(),
                  publication.checksum(),
                  publication.json(),
                  s.supersedes()));
        });
  }

  @Override
  public Optional<Publication> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return jpa.read(
        em -> Optional.ofNullable(em.find(PublicationEntity.class, id)).map(this::toPublication));
  }

  @Override
  public List<Publication> list() {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select p from PublicationEntity p order by p.createdAt desc, p.id desc",
                    PublicationEntity.class)
                .getResultList()
                .stream()
                .map(this::toPublication)
                .toList());
  }

  private Publication toPublication(PublicationEntity e) {
    byte[] json = e.snapshot();
    Snapshot snapshot;
    try {
      snapshot = READER.readValue(json, Snapshot.class);
    } catch (IOException ex) {
      throw new IllegalStateException("Publication " + e.id() + " cannot be read", ex);
    }
    return new Publication(snapshot, json, e.checksum(), e.supersededBy(), e.supersededAt());
  }
}
