package vn.edudx.store.jpa.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.Problem;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.BatchTally;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;

/**
 * Observations and deliveries in the database. A delivery's values are written in the same
 * transaction as its record (in bulk, by {@link ObservationWriter}), and the unique accepted
 * checksum makes a repeat a no-op even when two deliveries race.
 */
@Component(service = ObservationStore.class)
public class JpaObservationStore implements ObservationStore {

  private final Jpa jpa;
  private final Json json = new Json();

  @Activate
  public JpaObservationStore(
      @Reference(target = "(osgi.unit.name=edudx)") EntityManagerFactory emf) {
    this.jpa = new Jpa(emf);
  }

  @Override
  public ImportBatch accept(
      BatchHeader header, int rows, List<NewObservation> values, List<Problem> skipped) {
    try {
      return jpa.inTransaction(em -> acceptIn(em, header, rows, values, skipped));
    } catch (PersistenceException e) {
      // Another delivery of the same content won the race to the unique checksum.
      if (acceptedBatchId(header.checksum()).isPresent()) {
        return jpa.inTransaction(em -> acceptIn(em, header, rows, values, skipped));
      }
      throw e;
    }
  }

  private ImportBatch acceptIn(
      EntityManager em,
      BatchHeader header,
      int rows,
      List<NewObservation> values,
      List<Problem> skipped) {
    Optional<Long> earlier = acceptedBatchId(em, header.checksum());
    if (earlier.isPresent()) {
      BatchEntity repeat = new BatchEntity(header, ImportBatch.Status.DUPLICATE, rows, 0);
      repeat.duplicateOf(earlier.get());
      em.persist(repeat);
      return repeat.toBatch(json);
    }
    BatchEntity batch = new BatchEntity(header, ImportBatch.Status.ACCEPTED, rows, values.size());
    if (!skipped.isEmpty()) {
      batch.problemsJson(json.write(skipped));
    }
    em.persist(batch);
    // The record first: a racing repeat of the same content fails on its unique checksum here,
    // before any value is written.
    em.flush();
    ObservationWriter.write(em, batch.id(), values);
    return batch.toBatch(json);
  }

  @Override
  public ImportBatch reject(BatchHeader header, int rows, List<Problem> problems) {
    return jpa.inTransaction(
        em -> {
          BatchEntity batch = new BatchEntity(header, ImportBatch.Status.REJECTED, rows, 0);
          batch.problemsJson(json.write(problems));
          em.persist(batch);
          em.flush();
          return batch.toBatch(json);
        });
  }

  @Override
  public Optional<ImportBatch> acceptedFrom(String source, String instance, String origin) {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select b from BatchEntity b where b.source = :source"
                        + " and b.instance = :instance and b.origin = :origin"
                        + " and b.status = :accepted order by b.id desc",
                    BatchEntity.class)
                .setParameter("source", source)
                .setParameter("instance", instance)
                .setParameter("origin", origin)
                .setParameter("accepted", ImportBatch.Status.ACCEPTED)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(b -> b.toBatch(json)));
  }

  @Override
  public Optional<Long> acceptedWith(String checksum) {
    return acceptedBatchId(checksum);
  }

  private Optional<Long> acceptedBatchId(String checksum) {
    return jpa.read(em -> acceptedBatchId(em, checksum));
  }

  private static Optional<Long> acceptedBatchId(EntityManager em, String checksum) {
    return em
        .createQuery(
            "select b.id from BatchEntity b where b.acceptedChecksum = :checksum", Long.class)
        .setParameter("checksum", checksum)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<Observation> current(String period, Collection<String> unitCodes) {
    List<String> all = List.copyOf(unitCodes);
    Map<String, Observation> latest = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i += JpaUnitStore.IN_CHUNK) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + JpaUnitStore.IN_CHUNK));
      List<ObservationEntity> rows =
          jpa.read(
              em ->
                  em.createQuery(
                          "select o from ObservationEntity o where o.period = :period"
                              + " and o.unitCode in :units"
                              + " order by o.batch.receivedAt desc, o.id desc",
                          ObservationEntity.class)
                      .setParameter("period", period)
                      .setParameter("units", chunk)
                      .getResultList());
      for (ObservationEntity o : rows) {
        latest.putIfAbsent(o.unitCode() + '\u0000' + o.indicatorCode(), o.toObservation());
      }
    }
    return new ArrayList<>(latest.values());
  }

  @Override
  public List<Observation> history(String unitCode, String period, String indicatorCode) {
    return jpa.read(
        em ->
            em
                .createQuery(
                    "select o from ObservationEntity o where o.unitCode = :unit"
                        + " and o.period = :period and o.indicatorCode = :indicator"
                        + " order by o.batch.receivedAt desc, o.id desc",
                    ObservationEntity.class)
                .setParameter("unit", unitCode)
                .setParameter("period", period)
                .setParameter("indicator", indicatorCode)
                .getResultList()
                .stream()
                .map(ObservationEntity::toObservation)
                .toList());
  }

  @Override
  public List<ImportBatch> batches(int offset, int limit) {
    return jpa.read(
        em ->
            em
                .createQuery("select b from BatchEntity b order by b.id desc", BatchEntity.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(b -> b.toBatch(json))
                .toList());
  }

  @Override
  public Optional<ImportBatch> batch(long id) {
    return jpa.read(
        em -> Optional.ofNullable(em.find(BatchEntity.class, id)).map(b -> b.toBatch(json)));
  }

  @Override
  public Map<Long, Set<String>> unitsStoredBy(Collection<Long> batchIds) {
    List<Long> all = List.copyOf(batchIds);
    Map<Long, Set<String>> units = new TreeMap<>();
    for (int i = 0; i < all.size(); i += JpaUnitStore.IN_CHUNK) {
      List<Long> chunk = all.subList(i, Math.min(all.size(), i + JpaUnitStore.IN_CHUNK));
      List<Object[]> rows =
          jpa.read(
              em ->
                  em.createQuery(
                          "select distinct o.batch.id, o.unitCode from ObservationEntity o"
                              + " where o.batch.id in :ids",
                          Object[].class)
                      .setParameter("ids", chunk)
                      .getResultList());
      for (Object[] r : rows) {
        units.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]);
      }
    }
    return units;
  }

  @Override
  public Set<String> unitsWithData(String period) {
    return jpa.read(
        em ->
            new TreeSet<>(
                em.createQuery(
                        "select distinct o.unitCode from ObservationEntity o"
                            + " where o.period = :period",
                        String.class)
                    .setParameter("period", period)
                    .getResultList()));
  }

  @Override
  public Set<String> periods() {
    return jpa.read(
        em ->
            new TreeSet<>(
                em.createQuery("select distinct o.period from ObservationEntity o", String.class)
                    .getResultList()));
  }

  @Override
  public long count() {
    return jpa.read(
        em ->
            em.createQuery("select count(o) from ObservationEntity o", Long.class)
                .getSingleResult());
  }

  /**
   * Counts with one grouped query, then reads the newest delivery and the newest rejection of each
   * instance: deliveries are files and requests, not rows, so there are few of them.
   */
  @Override
  public List<BatchTally> tallies() {
    return jpa.read(
        em -> {
          Map<String, long[]> counts = new TreeMap<>();
          Map<String, String[]> names = new TreeMap<>();
          for (Object[] r :
              em.createQuery(
                      "select b.source, b.instance, b.status, count(b) from BatchEntity b"
                          + " group by b.source, b.instance, b.status",
                      Object[].class)
                  .getResultList()) {
            String key = r[0] + "\u0000" + r[1];
            names.put(key, new String[] {(String) r[0], (String) r[1]});
            long[] c =
                counts.computeIfAbsent(key, k -> new long[ImportBatch.Status.values().length]);
            c[((ImportBatch.Status) r[2]).ordinal()] += ((Number) r[3]).longValue();
          }
          List<BatchTally> tallies = new ArrayList<>();
          for (var e : counts.entrySet()) {
            String source = names.get(e.getKey())[0];
            String instance = names.get(e.getKey())[1];
            long[] c = e.getValue();
            Optional<ImportBatch> last = newest(em, source, instance, false);
            Optional<ImportBatch> rejected =
                c[ImportBatch.Status.REJECTED.ordinal()] == 0
                    ? Optional.empty()
                    : newest(em, source, instance, true);
            tallies.add(
                new BatchTally(
                    source,
                    instance,
                    c[ImportBatch.Status.ACCEPTED.ordinal()],
                    c[ImportBatch.Status.REJECTED.ordinal()],
                    c[ImportBatch.Status.DUPLICATE.ordinal()],
                    last.map(b -> b.header().receivedAt()).orElse(null),
                    rejected.map(b -> b.header().receivedAt()).orElse(null),
                    rejected.flatMap(b -> b.problems().stream().findFirst()).orElse(null)));
          }
          return tallies;
        });
  }

  private Optional<ImportBatch> newest(
      EntityManager em, String source, String instance, boolean rejectedOnly) {
    var query =
        em.createQuery(
                "select b from BatchEntity b where b.source = :source and b.instance = :instance"
                    + " and b.status in :statuses order by b.id desc",
                BatchEntity.class)
            .setParameter("source", source)
            .setParameter("instance", instance)
            .setParameter(
                "statuses",
                rejectedOnly
                    ? List.of(ImportBatch.Status.REJECTED)
                    : List.of(ImportBatch.Status.values()));
    return query.setMaxResults(1).getResultList().stream().findFirst().map(b -> b.toBatch(json));
  }
}
