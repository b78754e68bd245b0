package vn.edudx.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.UserStore.StoredToken;
import vn.edudx.api.security.UserStore.StoredUser;

class JpaUserStoreTest {

  private static final Instant T0 = Instant.parse("2025-05-01T08:00:00Z");

  private EntityManagerFactory emf;
  private JpaUserStore store;

  @BeforeEach
  void open() {
    emf = TestDatabase.open();
    store = new JpaUserStore(emf);
  }

  @AfterEach
  void close() {
    emf.close();
  }

  private static StoredUser user(String name, Role role, String unit, boolean enabled) {
    return new StoredUser(
        name, "Người " + name, role, unit, "pbkdf2-sha512$1$c2FsdA$aGFzaA", enabled, T0);
  }

  private static StoredToken token(String hash, String user, Instant expires, Instant revoked) {
    return new StoredToken(hash, user, T0, expires, revoked);
  }

  @Test
  void aUserIsSavedFoundListedInOrderAndReplacedWhole() {
    StoredUser school = user("truong-a", Role.SCHOOL, "S1", true);
    StoredUser admin = user("admin", Role.OFFICE_ADMIN, null, true);
    store.save(school);
    store.save(admin);

    assertThat(store.user("truong-a")).contains(school);
    assertThat(store.user("nobody")).isEmpty();
    assertThat(store.users()).containsExactly(admin, school);

    StoredUser disabled =
        new StoredUser(
            "truong-a", "Trường A", Role.SCHOOL, "S2", "pbkdf2-sha512$2$eA$eQ", false, T0);
    store.save(disabled);

    assertThat(store.user("truong-a")).contains(disabled);
    assertThat(store.users()).hasSize(2);
  }

  @Test
  void aTokenIsFoundByItsHashAndCanBeRevokedByReplacingIt() {
    StoredToken t = token("a".repeat(64), "admin", T0.plus(Duration.ofHours(8)), null);
    store.save(t);

    assertThat(store.token("a".repeat(64))).contains(t);
    assertThat(store.token("b".repeat(64))).isEmpty();

    StoredToken revoked = token(t.hash(), "admin", t.expiresAt(), T0.plusSeconds(60));
    store.save(revoked);
    assertThat(store.token(t.hash())).contains(revoked);
  }

  @Test
  void revokeAllTouchesOnlyTheLiveTokensOfThatUser() {
    Instant now = T0.plus(Duration.ofHours(1));
    Instant earlier = T0.plusSeconds(30);
    StoredToken live1 = token("1".repeat(64), "admin", T0.plus(Duration.ofHours(8)), null);
    StoredToken live2 = token("2".repeat(64), "admin", T0.plus(Duration.ofHours(2)), null);
    StoredToken revokedBefore =
        token("3".repeat(64), "admin", T0.plus(Duration.ofHours(8)), earlier);
    StoredToken expired = token("4".repeat(64), "admin", T0.plusSeconds(60), null);
    StoredToken otherUser = token("5".repeat(64), "other", T0.plus(Duration.ofHours(8)), null);
    for (StoredToken t : new StoredToken[] {live1, live2, revokedBefore, expired, otherUser}) {
      store.save(t);
    }

    assertThat(store.revokeAll("admin", now)).isEqualTo(2);

    assertThat(store.token(live1.hash()).orElseThrow().revokedAt()).isEqualTo(now);
    assertThat(store.token(live2.hash()).orElseThrow().revokedAt()).isEqualTo(now);
    assertThat(store.token(revokedBefore.hash())).contains(revokedBefore);
    assertThat(store.token(expired.hash())).contains(expired);
    assertThat(store.token(otherUser.hash())).contains(otherUser);
    assertThat(store.revokeAll("admin", now)).isZero();
  }

  @Test
  void purgingDeletesOnlyTokensThatExpiredBeforeTheTime() {
    StoredToken expiredLongAgo = token("6".repeat(64), "admin", T0.plusSeconds(60), null);
    StoredToken revokedExpired =
        token("7".repeat(64), "admin", T0.plusSeconds(120), T0.plusSeconds(10));
    StoredToken live = token("8".repeat(64), "admin", T0.plus(Duration.ofDays(2)), null);
    for (StoredToken t : new StoredToken[] {expiredLongAgo, revokedExpired, live}) {
      store.save(t);
    }

    assertThat(store.purgeTokens(T0.plus(Duration.ofDays(1)))).isEqualTo(2);

    assertThat(store.token(expiredLongAgo.hash())).isEmpty();
    assertThat(store.token(revokedExpired.hash())).isEmpty();
    assertThat(store.token(live.hash())).contains(live);
  }
}
