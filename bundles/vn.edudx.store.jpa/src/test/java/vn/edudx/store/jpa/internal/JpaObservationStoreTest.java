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
}
