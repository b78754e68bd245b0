package vn.edudx.store.jpa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.security.UserStore;

/** Users and the hashes of their tokens in the database. */
@Component(service = UserStore.class)
public class JpaUserStore implements UserStore {

  private final Jpa jpa;

  @Activate
  public JpaUserStore(@Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public Optional<StoredUser> user(String username) {
    return jpa.read(
        em -> Optional.ofNullable(em.find(UserEntity.class, username)).map(UserEntity::toStored));
  }

  @Override
  public List<StoredUser> users() {
    return jpa.read(
        em ->
            em
                .createQuery("select u from UserEntity u order by u.username", UserEntity.class)
                .getResultList()
                .stream()
                .map(UserEntity::toStored)
                .toList());
  }

  @Override
  public void save(StoredUser user) {
    jpa.run(
        em -> {
          UserEntity e = em.find(UserEntity.class, user.username());
          if (e == null) {
            e = new UserEntity(user.username());
            e.copyFrom(user);
            em.persist(e);
          } else {
            e.copyFrom(user);
          }
        });
  }

  @Override
  public void save(StoredToken token) {
    jpa.run(
        em -> {
          TokenEntity e = em.find(TokenEntity.class, token.hash());
          if (e == null) {
            e = new TokenEntity(token.hash());
            e.copyFrom(token);
            em.persist(e);
          } else {
            e.copyFrom(token);
          }
        });
  }

  @Override
  public Optional<StoredToken> token(String hash) {
    return jpa.read(
        em -> Optional.ofNullable(em.find(TokenEntity.class, hash)).map(TokenEntity::toStored));
  }

  @Override
  public int purgeTokens(Instant expiredBefore) {
    return jpa.inTransaction(
        em ->
            em.createQuery("delete from TokenEntity t where t.expiresAt < :before")
                .setParameter("before", expiredBefore)
                .executeUpdate());
  }

  @Override
  public int revokeAll(String username, Instant at) {
    // Only live tokens: one revoked earlier keeps the time it was revoked, and an expired one
    // needs nothing.
    return jpa.inTransaction(
        em -> {
          List<TokenEntity> live =
              em.createQuery(
                      "select t from TokenEntity t where t.username = :user"
                          + " and t.revokedAt is null and t.expiresAt > :at",
                      TokenEntity.class)
                  .setParameter("user", username)
                  .setParameter("at", at)
                  .getResultList();
          live.forEach(t -> t.revoke(at));
          return live.size();
        });
  }
}
