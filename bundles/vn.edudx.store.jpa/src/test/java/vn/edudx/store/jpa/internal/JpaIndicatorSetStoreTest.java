package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.indicator.SetVersion;

/** Versions and activations in a real (in-memory) Derby. */
class JpaIndicatorSetStoreTest {

  private final EntityManagerFactory emf = TestDatabase.open();
  private final JpaIndicatorSetStore store = new JpaIndicatorSetStore(emf);

  @AfterEach
  void close() {
    emf.close();
  }

  private static SetVersion version(int v, SetVersion.Status status, String checksum) {
    return new SetVersion(
        "s",
        v,
        new LocalizedText("Bộ s", "Set s"),
        status,
        "upload:s.json",
        checksum,
        Instant.parse("2026-01-01T00:00:00Z"),
        "clerk",
        "{\"id\": \"s\", \"checksum\": \"" + checksum + "\"}");
  }

  @Test
  void aDraftIsReplacedButAnActivatedVersionNeverChanges() {
    store.save(version(1, SetVersion.Status.DRAFT, "aaa"));
    store.save(version(1, SetVersion.Status.DRAFT, "bbb"));
    assertThat(store.find("s", 1).orElseThrow().checksum()).isEqualTo("bbb");

    store.activate("s", 1, "2024-2025", "leader");
    assertThat(store.find("s", 1).orElseThrow().status()).isEqualTo(SetVersion.Status.ACTIVE);
    // The same content again is fine; other content is refused.
    assertThat(store.save(version(1, SetVersion.Status.DRAFT, "bbb")).checksum()).isEqualTo("bbb");
    assertThatThrownBy(() -> store.save(version(1, SetVersion.Status.DRAFT, "ccc")))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT);
              assertThat(e.problems().get(0).message().vi()).contains("Phiên bản 1");
            });
    assertThat(store.find("s", 1).orElseThrow().definition()).contains("bbb");
  }

  @Test
  void aPeriodHasOneActivationPerSetReplacedWhenAnotherVersionIsActivated() {
    store.save(version(1, SetVersion.Status.ACTIVE, "a"));
    store.save(version(2, SetVersion.Status.DRAFT, "b"));
    store.activate("s", 1, "2024-2025", "system");
    store.activate("s", 2, "2024-2025", "leader");
    store.activate("s", 1, "2023-2024", "system");

    assertThat(store.activation("s", "2024-2025").orElseThrow().version()).isEqualTo(2);
    assertThat(store.activation("s", "2024-2025").orElseThrow().by()).isEqualTo("leader");
    assertThat(store.activations()).hasSize(2);
    assertThat(store.versions())
        .extracting(SetVersion::version, SetVersion::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, SetVersion.Status.ACTIVE),
            org.assertj.core.groups.Tuple.tuple(2, SetVersion.Status.ACTIVE));
    assertThat(store.versions()).allSatisfy(v -> assertThat(v.definition()).isNull());
    assertThat(store.status("s", 1, SetVersion.Status.RETIRED).status())
        .isEqualTo(SetVersion.Status.RETIRED);
    assertThatThrownBy(() -> store.activate("s", 9, "2024-2025", "x"))
        .isInstanceOf(EduDxException.class);
  }
}
