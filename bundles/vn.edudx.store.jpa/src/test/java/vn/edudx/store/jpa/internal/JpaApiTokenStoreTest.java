package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.collect.ApiToken;

class JpaApiTokenStoreTest {

  private static final Instant T0 = Instant.parse("2025-05-01T08:00:00Z");

  private EntityManagerFactory emf;
  private JpaApiTokenStore store;

  @BeforeEach
  void open() {
    emf = TestDatabase.open();
    store = new JpaApiTokenStore(emf);
  }

  @AfterEach
  void close() {
    emf.close();
  }

  private static ApiToken token(String id, String unit, Instant created) {
    return new ApiToken(id, unit, "SMAS", created, "admin", null, null, null);
  }

  @Test
  void aKeyIsFoundByIdAndByTheHashOfItsSecretAndListedNewestFirst() {
    ApiToken older = token("k1", "NN-TH-01", T0);
    ApiToken newer = token("k2", "NN-TH-02", T0.plusSeconds(60));
    store.add(older, "a".repeat(64));
    store.add(newer, "b".repeat(64));

    assertThat(store.find("k1")).contains(older);
    assertThat(store.byHash("b".repeat(64))).contains(newer);
    assertThat(store.byHash("c".repeat(64))).isEmpty();
    assertThat(store.find("nope")).isEmpty();
    assertThat(store.list()).containsExactly(newer, older);
  }

  @Test
  void twoKeysCannotShareASecretHash() {
    store.add(token("k1", "NN-TH-01", T0), "a".repeat(64));
    assertThatThrownBy(() -> store.add(token("k2", "NN-TH-01", T0), "a".repeat(64)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void revokingKeepsTheFirstRevocationAndAnUnknownKeyGivesNothing() {
    store.add(token("k1", "NN-TH-01", T0), "a".repeat(64));

    ApiToken revoked = store.revoke("k1", T0.plusSeconds(10), "admin").orElseThrow();
    assertThat(revoked.revokedAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(revoked.revokedBy()).isEqualTo("admin");

    ApiToken again = store.revoke("k1", T0.plusSeconds(99), "other").orElseThrow();
    assertThat(again).isEqualTo(revoked);
    assertThat(store.byHash("a".repeat(64))).contains(revoked);
    assertThat(store.revoke("nope", T0, "admin")).isEmpty();
  }

  @Test
  void useIsRecorded() {
    store.add(token("k1", "NN-TH-01", T0), "a".repeat(64));
    store.used("k1", T0.plusSeconds(5));
    store.used("nope", T0.plusSeconds(5));
    assertThat(store.find("k1").orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(5));
  }
}
