package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.BatchTally;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;

class JpaObservationStoreTest {

  private EntityManagerFactory emf;
  private JpaObservationStore store;

  @BeforeEach
  void open() {
    emf = TestDatabase.open();
    store = new JpaObservationStore(emf);
  }

  @AfterEach
  void close() {
    emf.close();
  }

  private static BatchHeader header(String checksum, Instant at) {
    return new BatchHeader("file", "default", "a.csv", checksum, at, "system");
  }

  private static NewObservation value(String unit, String indicator, String value, int row) {
    return new NewObservation(unit, "2024-2025", indicator, value, null, null, row);
  }

  @Test
  void storesADeliveryWithItsProvenance() {
    ImportBatch batch =
        store.accept(
            header("c1", Instant.parse("2025-05-01T00:00:00Z")),
            2,
            List.of(value("S1", "4725.1.1", "true", 2), value("S1", "4725.1.4", "62.5", 3)),
            List.of());

    assertThat(batch.status()).isEqualTo(ImportBatch.Status.ACCEPTED);
    assertThat(batch.stored()).isEqualTo(2);
    List<Observation> current = store.current("2024-2025", List.of("S1"));
    assertThat(current).hasSize(2);
    Observation ratio =
        current.stream().filter(o -> o.indicatorCode().equals("4725.1.4")).findFirst().get();
    assertThat(ratio.asNumber()).isEqualByComparingTo("62.5");
    assertThat(ratio.provenance().batchId()).isEqualTo(batch.id());
    assertThat(ratio.provenance().origin()).isEqualTo("a.csv");
    assertThat(ratio.provenance().row()).isEqualTo(3);
  }

  @Test
  void saysWhichUnitsEachDeliveryStoredAndNothingForARejectedOrRepeatedOne() {
    ImportBatch two =
        store.accept(
            header("u1", Instant.now()),
            3,
            List.of(
                value("S1", "4725.1.1", "true", 2),
                value("S2", "4725.1.1", "true", 3),
                value("S1", "4725.1.4", "50", 4)),
            List.of());
    ImportBatch repeat = store.accept(header("u1", Instant.now()), 3, List.of(), List.of());
    ImportBatch rejected = store.reject(header("u2", Instant.now()), 1, List.of());

    assertThat(store.unitsStoredBy(List.of(two.id(), repeat.id(), rejected.id())))
        .containsOnlyKeys(two.id())
        .containsEntry(two.id(), java.util.Set.of("S1", "S2"));
    assertThat(store.unitsStoredBy(List.of())).isEmpty();
  }

  @Test
  void findsTheNewestAcceptedDeliveryOfAnInstanceUnderAnOrigin() {
    BatchHeader first = new BatchHeader("push", "key-1", "b-1", "x1", Instant.now(), "k");
    BatchHeader rejected = new BatchHeader("push", "key-1", "b-1", "x2", Instant.now(), "k");
    ImportBatch stored =
        store.accept(first, 1, List.of(value("S1", "4725.1.1", "true", 1)), List.of());
    store.reject(rejected, 1, List.of());

    assertThat(store.acceptedFrom("push", "key-1", "b-1"))
        .get()
        .satisfies(
            b -> {
              assertThat(b.id()).isEqualTo(stored.id());
              assertThat(b.header().checksum()).isEqualTo("x1");
            });
    assertThat(store.acceptedFrom("push", "key-2", "b-1")).isEmpty();
    assertThat(store.acceptedFrom("push", "key-1", "b-2")).isEmpty();
    assertThat(store.acceptedFrom("file", "key-1", "b-1")).isEmpty();
  }

  @Test
  void theSameContentTwiceIsStoredOnce() {
    ImportBatch first =
        store.accept(
            header("same", Instant.now()),
            1,
            List.of(value("S1", "4725.1.1", "true", 2)),
            List.of());
    ImportBatch second =
        store.accept(
            header("same", Instant.now()),
            1,
            List.of(value("S1", "4725.1.1", "true", 2)),
            List.of());

    assertThat(second.status()).isEqualTo(ImportBatch.Status.DUPLICATE);
    assertThat(second.duplicateOf()).isEqualTo(first.id());
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.batches(0, 10)).hasSize(2);
  }

  @Test
  void theMostRecentlyReceivedValueIsCurrentAndHistoryKeepsBoth() {
    store.accept(
        header("old", Instant.parse("2025-04-01T00:00:00Z")),
        1,
        List.of(value("S1", "4725.1.4", "40", 2)),
        List.of());
    store.accept(
        header("new", Instant.parse("2025-05-01T00:00:00Z")),
        1,
        List.of(value("S1", "4725.1.4", "70", 2)),
        List.of());

    assertThat(store.current("2024-2025", List.of("S1")))
        .singleElement()
        .extracting(Observation::value)
        .isEqualTo("70");
    assertThat(store.history("S1", "2024-2025", "4725.1.4"))
        .extracting(Observation::value)
        .containsExactly("70", "40");
  }

  @Test
  void aDeliveryThatFailsHalfwayLeavesNothingBehind() {
    List<NewObservation> values = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      values.add(value("S" + i, "4725.1.1", "true", i + 2));
    }
    // A value the database refuses (NOT NULL) in the middle of the delivery.
    values.add(25, new NewObservation("S99", "2024-2025", "4725.1.1", null, null, null, 99));

    assertThatThrownBy(() -> store.accept(header("broken", Instant.now()), 51, values, List.of()))
        .isInstanceOf(RuntimeException.class);

    assertThat(store.count()).isZero();
    assertThat(store.batches(0, 10)).isEmpty();
  }

  @Test
  void aRejectedDeliveryKeepsItsProblemsAndStoresNoValue() {
    Problem p =
        new Problem(
            "value.out-of-range",
            "Giá trị",
            3,
            4,
            "130",
            new LocalizedText("quá lớn", "too large"),
            new LocalizedText("sửa", "fix"));
    ImportBatch rejected = store.reject(header("bad", Instant.now()), 3, List.of(p));

    assertThat(store.count()).isZero();
    ImportBatch read = store.batch(rejected.id()).orElseThrow();
    assertThat(read.status()).isEqualTo(ImportBatch.Status.REJECTED);
    assertThat(read.problems()).containsExactly(p);
    // A rejected delivery does not block the same content from being accepted once fixed.
    assertThat(
            store
                .accept(
                    header("bad", Instant.now()),
                    1,
                    List.of(value("S1", "4725.1.1", "true", 2)),
                    List.of())
                .status())
        .isEqualTo(ImportBatch.Status.ACCEPTED);
  }

  @Test
  void talliesCountDeliveriesPerInstanceWithTheNewestRejection() {
    Instant t1 = Instant.parse("2025-05-01T00:00:00Z");
    Instant t2 = Instant.parse("2025-05-02T00:00:00Z");
    Instant t3 = Instant.parse("2025-05-03T00:00:00Z");
    Problem old = Problem.general("file.empty", LocalizedText.of("old"), LocalizedText.of("fix"));
    Problem last = Problem.general("file.type", LocalizedText.of("last"), LocalizedText.of("fix"));
    store.accept(header("a", t1), 1, List.of(value("S1", "4725.1.1", "true", 2)), List.of());
    store.accept(header("a", t2), 1, List.of(value("S1", "4725.1.1", "true", 2)), List.of());
    store.reject(header("b", t1), 0, List.of(old));
    store.reject(header("c", t3), 0, List.of(last, old));
    store.reject(new BatchHeader("shell", "default", "x.csv", "d", t2, "karaf"), 0, List.of(old));

    assertThat(store.tallies())
        .containsExactly(
            new BatchTally("file", "default", 1, 2, 1, t3, t3, last),
            new BatchTally("shell", "default", 0, 1, 0, t2, t2, old));
  }

  @Test
  void everyFieldOfEveryValueIsStoredAsGivenWithIdsInRowOrder() {
    List<NewObservation> values = new ArrayList<>();
    for (int i = 0; i < 2 * ObservationWriter.ROWS_PER_INSERT + 7; i++) {
      values.add(
          new NewObservation(
              "S" + i,
              "2024-2025",
              "4725.1.4",
              Integer.toString(i % 101),
              i % 2 == 0 ? "https://s" + i + ".edu.vn/mc" : null,
              i % 3 == 0 ? "ghi chú " + i : null,
              i % 5 == 0 ? null : i + 2));
    }
    Instant at = Instant.parse("2025-05-01T00:00:00Z");

    ImportBatch batch =
        store.accept(
            new BatchHeader("survey", "east", "x.csv", "all", at, "office"),
            values.size(),
            values,
            List.of());

    assertThat(store.count()).isEqualTo(values.size());
    List<String> units = values.stream().map(NewObservation::unitCode).toList();
    List<Observation> stored = new ArrayList<>(store.current("2024-2025", units));
    stored.sort(java.util.Comparator.comparingLong(Observation::id));
    assertThat(stored)
        .extracting(
            Observation::unitCode,
            Observation::period,
            Observation::indicatorCode,
            Observation::value,
            Observation::evidence,
            Observation::note,
            o -> o.provenance().row())
        .containsExactlyElementsOf(
            values.stream()
                .map(
                    v ->
                        org.assertj.core.groups.Tuple.tuple(
                            v.unitCode(),
                            v.period(),
                            v.indicatorCode(),
                            v.value(),
                            v.evidence(),
                            v.note(),
                            v.row()))
                .toList());
    assertThat(stored)
        .allSatisfy(
            o ->
                assertThat(o.provenance())
                    .isEqualTo(
                        new vn.edudx.api.observation.Provenance(
                            batch.id(),
                            "survey",
                            "east",
                            "x.csv",
                            o.provenance().row(),
                            at,
                            "office")));
  }

  @Test
  void valuesWrittenInBulkAndValuesPersistedOneByOneNeverShareAnId() {
    store.accept(header("bulk1", Instant.now()), 1, List.of(value("S1", "a", "1", 2)), List.of());
    // Something else persisting through JPA draws from the same generator.
    new Jpa(emf)
        .run(
            em -> {
              BatchEntity b =
                  new BatchEntity(header("jpa", Instant.now()), ImportBatch.Status.ACCEPTED, 1, 1);
              em.persist(b);
              em.persist(new ObservationEntity(b, value("S2", "a", "2", 2)));
              em.persist(new ObservationEntity(b, value("S3", "a", "3", 3)));
            });
    store.accept(
        header("bulk2", Instant.now()),
        2,
        List.of(value("S4", "a", "4", 2), value("S5", "a", "5", 3)),
        List.of());

    List<Observation> all = store.current("2024-2025", List.of("S1", "S2", "S3", "S4", "S5"));
    assertThat(all).hasSize(5);
    assertThat(all).extracting(Observation::id).doesNotHaveDuplicates();
  }

  @Test
  void twoDeliveriesOfTheSameContentRacingStoreItOnce() throws Exception {
    List<NewObservation> values = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      values.add(value("S" + i, "4725.1.1", "true", i + 2));
    }
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<ImportBatch>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        results.add(
            two.submit(
                () -> {
                  start.await();
                  return store.accept(header("race", Instant.now()), 3_000, values, List.of());
                }));
      }
      List<ImportBatch.Status> statuses = new ArrayList<>();
      for (var r : results) {
        statuses.add(r.get(60, java.util.concurrent.TimeUnit.SECONDS).status());
      }

      assertThat(statuses)
          .containsExactlyInAnyOrder(ImportBatch.Status.ACCEPTED, ImportBatch.Status.DUPLICATE);
      assertThat(store.count()).isEqualTo(3_000);
    } finally {
      two.shutdownNow();
    }
  }
}
