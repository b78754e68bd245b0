package vn.edudx.store.jpa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.ApiTokenStore;

/** The schools' push keys in the database, by the hashes of their secrets. */
@Component(service = ApiTokenStore.class)
public class JpaApiTokenStore implements ApiTokenStore {

  private final Jpa jpa;

  @Activate
  public JpaApiTokenStore(@Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public void add(ApiToken token, String secretHash) {
    jpa.run(em -> em.persist(new ApiTokenEntity(token, secretHash)));
  }

  @Override
  public Optional<ApiToken> find(String id) {
    return jpa.read(
        em -> Optional.ofNullable(em.find(ApiTokenEntity.class, id)).map(ApiTokenEntity::toToken));
  }

  @Override
  public Optional<ApiToken> byHash(String secretHash) {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select t from ApiTokenEntity t where t.secretHash = :hash",
                    ApiTokenEntity.class)
                .setParameter("hash", secretHash)
                .getResultList()
                .stream()
                .findFirst()
                .map(ApiTokenEntity::toToken));
  }

  @Override
  public List<ApiToken> list() {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select t from ApiTokenEntity t order by t.createdAt desc, t.id",
                    ApiTokenEntity.class)
                .getResultList()
                .stream()
                .map(ApiTokenEntity::toToken)
                .toList());
  }

  @Override
  public Optional<ApiToken> revoke(String id, Instant at, String by) {
    return jpa.inTransaction(
        em -> {
          ApiTokenEntity e = em.find(ApiTokenEntity.class, id);
          if (e == null) {
            return Optional.empty();
          }
          e.revoke(at, by);
          return Optional.of(e.toToken());
        });
  }

  @Override
  public void used(String id, Instant at) {
    jpa.run(
        em -> {
          ApiTokenEntity e = em.find(ApiTokenEntity.class, id);
          if (e != null) {
            e.used(at);
          }
        });
  }
}
