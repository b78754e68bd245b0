package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanPublication;
import vn.edudx.api.plan.StoredPlanPublication;

/**
 * Plan publications in a real (in-memory) Derby: exact bytes, newest first, supersession once and
 * only once, and one first publication of a plan, year and area even when two arrive together.
 */
class JpaPlanPublicationStoreTest {

  private static final Instant T0 = Instant.parse("2025-01-15T02:00:00Z");
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final EntityManagerFactory emf = TestDatabase.open();
  private final JpaPlanPublicationStore store = new JpaPlanPublicationStore(emf);

  @AfterEach
  void close() {
    emf.close();
  }

  /** A publication of 2024 in area NN, from the JSON fixture (no positional plan records). */
  private static StoredPlanPublication publication(
      String id, Instant at, String supersedes, String reason) throws Exception {
    JsonNode fixture;
    try (InputStream in =
        JpaPlanPublicationStoreTest.class.getResourceAsStream("/plan-evaluation.json")) {
      fixture = MAPPER.readTree(in);
    }
    PlanPublication snapshot =
        new PlanPublication(
            id,
            "ngan-nam-plan-2023",
            "ngan-nam-plan-2023@1",
            2024,
            "NN",
            new PlanPublication.Heading(List.of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), "…/BC", "Ngã Năm"),
            MAPPER.treeToValue(fixture.path("definition"), PlanDefinition.class),
            MAPPER.treeToValue(fixture.path("evaluation"), PlanEvaluation.class),
            new LocalizedText("Phương pháp", "Method"),
            "leader",
            at,
            at,
            supersedes,
            reason);
    byte[] json = MAPPER.writeValueAsBytes(snapshot);
    String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    return new StoredPlanPublication(snapshot, json, checksum, null, null);
  }

  private static void assertConflict(Throwable t) {
    assertThat(t).isInstanceOf(EduDxException.class);
    assertThat(((EduDxException) t).kind()).isEqualTo(EduDxException.Kind.CONFLICT);
  }

  @Test
  void keepsTheExactBytesAndReadsTheSnapshotBackFromThem() throws Exception {
    StoredPlanPublication p = publication("plan-pub-000000000001", T0, null, null);

    store.add(p, T0);

    StoredPlanPublication read = store.find(p.id()).orElseThrow();
    assertThat(read.json()).isEqualTo(p.json());
    assertThat(read.checksum()).isEqualTo(p.checksum());
    assertThat(read.snapshot()).isEqualTo(p.snapshot());
    assertThat(read.snapshot().evaluation().targets().get(0).town().numerator())
        .isEqualByComparingTo("6418");
    assertThat(read.supersededBy()).isNull();
    assertThat(store.find("plan-pub-nope")).isEmpty();
    assertThat(store.find(null)).isEmpty();
  }

  @Test
  void aCorrectionMarksTheOldOneSupersededInTheSameTransactionAndListsNewestFirst()
      throws Exception {
    StoredPlanPublication first = publication("plan-pub-000000000001", T0, null, null);
    StoredPlanPublication second =
        publication("plan-pub-000000000002", T0.plusSeconds(60), first.id(), "sai số liệu");
    store.add(first, T0);

    store.add(second, T0.plusSeconds(60));

    StoredPlanPublication old = store.find(first.id()).orElseThrow();
    assertThat(old.supersededBy()).isEqualTo(second.id());
    assertThat(old.supersededAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(old.json()).isEqualTo(first.json());
    assertThat(store.list())
        .extracting(StoredPlanPublication::id)
        .containsExactly(second.id(), first.id());
  }

  @Test
  void aSecondCorrectionOfTheSameOneIsAConflictAndStoresNothing() throws Exception {
    StoredPlanPublication first = publication("plan-pub-000000000001", T0, null, null);
    StoredPlanPublication second =
        publication("plan-pub-000000000002", T0.plusSeconds(60), first.id(), "sai số liệu");
    StoredPlanPublication third =
        publication("plan-pub-000000000003", T0.plusSeconds(120), first.id(), "sai nữa");
    store.add(first, T0);
    store.add(second, T0.plusSeconds(60));

    assertThatThrownBy(() -> store.add(third, T0.plusSeconds(120)))
        .satisfies(JpaPlanPublicationStoreTest::assertConflict)
        .satisfies(
            e ->
                assertThat(((EduDxException) e).problems().get(0).message().vi())
                    .contains(second.id()));
    assertThat(store.find(third.id())).isEmpty();
    assertThat(store.find(first.id()).orElseThrow().supersededBy()).isEqualTo(second.id());
    assertThat(store.list()).hasSize(2);
  }

  @Test
  void aSecondFirstPublicationOfTheSameYearIsRefusedByTheDatabase() throws Exception {
    // What a race leaves when both services found no current publication before storing.
    store.add(publication("plan-pub-000000000001", T0, null, null), T0);

    assertThatThrownBy(
            () ->
                store.add(
                    publication("plan-pub-000000000002", T0.plusSeconds(1), null, null),
                    T0.plusSeconds(1)))
        .satisfies(JpaPlanPublicationStoreTest::assertConflict)
        .satisfies(
            e ->
                assertThat(((EduDxException) e).problems().get(0).code())
                    .isEqualTo("plan.publication.taken"));
    assertThat(store.list()).extracting(StoredPlanPublication::id).hasSize(1);
  }

  @Test
  void ofTwoFirstPublicationsStoredAtOnceExactlyOneIsKept() throws Exception {
    List<StoredPlanPublication> racing = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      racing.add(publication("plan-pub-00000000000" + i, T0, null, null));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racing.size());
    try {
      List<Future<Throwable>> results = new ArrayList<>();
      for (StoredPlanPublication p : racing) {
        Callable<Throwable> add =
            () -> {
              start.await();
              try {
                store.add(p, T0);
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            };
        results.add(pool.submit(add));
      }
      start.countDown();
      List<Throwable> failures = new ArrayList<>();
      for (Future<Throwable> f : results) {
        Throwable t = f.get(60, TimeUnit.SECONDS);
        if (t != null) {
          failures.add(t);
        }
      }
      assertThat(failures).hasSize(racing.size() - 1);
      failures.forEach(JpaPlanPublicationStoreTest::assertConflict);
      assertThat(store.list()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCorrectionOfAnUnknownPublicationIsNotFound() throws Exception {
    StoredPlanPublication p = publication("plan-pub-000000000002", T0, "plan-pub-nope", "x");

    assertThatThrownBy(() -> store.add(p, T0))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.kind()).isEqualTo(EduDxException.Kind.NOT_FOUND));
    assertThat(store.list()).isEmpty();
  }
}
