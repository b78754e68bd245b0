package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.plan.PlanVersion;

/** Plan versions in a real (in-memory) Derby: stored once, never changed. */
class JpaPlanStoreTest {

  private final EntityManagerFactory emf = TestDatabase.open();
  private final JpaPlanStore store = new JpaPlanStore(emf);

  @AfterEach
  void close() {
    emf.close();
  }

  private static PlanVersion version(String id, int v, String checksum) {
    return new PlanVersion(
        id,
        v,
        new LocalizedText("Kế hoạch " + id, "Plan " + id),
        "upload:" + id + ".json",
        checksum,
        Instant.parse("2026-01-01T00:00:00Z"),
        "clerk",
        "{\"id\": \"" + id + "\", \"checksum\": \"" + checksum + "\"}");
  }

  @Test
  void theSameContentTwiceIsStoredOnceAndOtherContentUnderTheNumberIsRefused() {
    assertThat(store.save(version("p", 1, "aaa")).definition()).isNull();
    assertThat(store.save(version("p", 1, "aaa")).checksum()).isEqualTo("aaa");
    assertThatThrownBy(() -> store.save(version("p", 1, "bbb")))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT);
              assertThat(e.problems().get(0).message().vi()).contains("Phiên bản 1", "p");
              assertThat(e.problems().get(0).message().en()).contains("Version 1 of plan p");
            });
    PlanVersion stored = store.find("p", 1).orElseThrow();
    assertThat(stored.definition()).contains("aaa");
    assertThat(stored.createdBy()).isEqualTo("clerk");
    assertThat(stored.title().vi()).isEqualTo("Kế hoạch p");
  }

  @Test
  void versionsAreListedByPlanAndNumberWithoutTheirDefinitions() {
    store.save(version("q", 2, "q2"));
    store.save(version("p", 1, "p1"));
    store.save(version("q", 1, "q1"));
    assertThat(store.versions()).extracting(PlanVersion::key).containsExactly("p@1", "q@1", "q@2");
    assertThat(store.versions()).allMatch(v -> v.definition() == null);
    assertThat(store.find("q", 3)).isEmpty();
  }
}
