package vn.edudx.store.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;

/** The register of units in the database. */
@Component(service = UnitStore.class)
public class JpaUnitStore implements UnitStore {

  static final int IN_CHUNK = 500;

  private final Jpa jpa;

  @Activate
  public JpaUnitStore(@Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public Optional<OrgUnit> find(String code) {
    return jpa.read(
        em -> Optional.ofNullable(em.find(UnitEntity.class, code)).map(UnitEntity::toUnit));
  }

  @Override
  public List<OrgUnit> list(UnitType type, SchoolLevel level) {
    // Derby cannot type a parameter in "? is null", so the filter is built from what is given.
    StringBuilder jpql = new StringBuilder("select u from UnitEntity u where 1 = 1");
    if (type != null) {
      jpql.append(" and u.type = :type");
    }
    if (level != null) {
      jpql.append(" and u.level = :level");
    }
    jpql.append(" order by u.code");
    return jpa.read(
        em -> {
          var query = em.createQuery(jpql.toString(), UnitEntity.class);
          if (type != null) {
            query.setParameter("type", type);
          }
          if (level != null) {
            query.setParameter("level", level);
          }
          return query.getResultList().stream().map(UnitEntity::toUnit).toList();
        });
  }

  @Override
  public List<OrgUnit> findAll(Collection<String> codes) {
    List<String> all = List.copyOf(codes);
    List<OrgUnit> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
      found.addAll(
          jpa.read(
              em ->
                  em
                      .createQuery(
                          "select u from UnitEntity u where u.code in :codes order by u.code",
                          UnitEntity.class)
                      .setParameter("codes", chunk)
                      .getResultList()
                      .stream()
                      .map(UnitEntity::toUnit)
                      .toList()));
    }
    return found;
  }

  @Override
  public int upsert(List<OrgUnit> units) {
    Instant now = Instant.now();
    return jpa.inTransaction(
        em -> {
          int created = 0;
          for (OrgUnit u : units) {
            UnitEntity e = em.find(UnitEntity.class, u.code());
            if (e == null) {
              e = new UnitEntity(u.code());
              e.copyFrom(u, now);
              em.persist(e);
              created++;
            } else {
              e.copyFrom(u, now);
            }
          }
          return created;
        });
  }

  @Override
  public long count() {
    return jpa.read(
        em -> em.createQuery("select count(u) from UnitEntity u", Long.class).getSingleResult());
  }
}
