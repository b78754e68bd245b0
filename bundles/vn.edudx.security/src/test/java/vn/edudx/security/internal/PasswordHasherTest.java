package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(TestRealm.ITERATIONS);

  @Test
  void aHashVerifiesTheSamePasswordAndHasTheDocumentedFormat() {
    String hash = hasher.hash("mật khẩu đủ dài".toCharArray());

    String[] parts = hash.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha512");
    assertThat(parts[1]).isEqualTo("1000");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
    assertThat(hasher.verify("mật khẩu đủ dài".toCharArray(), hash)).isTrue();
  }

  @Test
  void theDefaultCostIsOwaspsRecommendation() {
    assertThat(new PasswordHasher().iterations()).isEqualTo(210_000);
    assertThat(new PasswordHasher().hash("correct horse".toCharArray()))
        .startsWith("pbkdf2-sha512$210000$");
  }

  @Test
  void aWrongPasswordDoesNotVerify() {
    String hash = hasher.hash("correct horse battery".toCharArray());

    assertThat(hasher.verify("correct horse batterY".toCharArray(), hash)).isFalse();
    assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    assertThat(hasher.verify(null, hash)).isFalse();
  }

  @Test
  void theSamePasswordGetsADifferentSaltAndHashEachTime() {
    String a = hasher.hash("correct horse battery".toCharArray());
    String b = hasher.hash("correct horse battery".toCharArray());

    assertThat(a).isNotEqualTo(b);
    assertThat(a.split("\\$")[2]).isNotEqualTo(b.split("\\$")[2]);
    assertThat(hasher.verify("correct horse battery".toCharArray(), b)).isTrue();
  }

  @Test
  void verifyingUsesTheIterationsStoredInTheHashNotTheCurrentSetting() {
    String old = new PasswordHasher(1_500).hash("correct horse battery".toCharArray());

    assertThat(hasher.verify("correct horse battery".toCharArray(), old)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "plain-text-password",
        "bcrypt$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha512$1000$c2FsdA",
        "pbkdf2-sha512$1000$c2FsdA$aGFzaA$extra",
        "pbkdf2-sha512$many$c2FsdA$aGFzaA",
        "pbkdf2-sha512$0$c2FsdA$aGFzaA",
        "pbkdf2-sha512$-5$c2FsdA$aGFzaA",
        "pbkdf2-sha512$2147483647$c2FsdA$aGFzaA",
        "pbkdf2-sha512$99999999999$c2FsdA$aGFzaA",
        "pbkdf2-sha512$1000$not base64!$aGFzaA",
        "pbkdf2-sha512$1000$c2FsdA$",
        "pbkdf2-sha512$1000$$aGFzaA"
      })
  void aMalformedHashNeverVerifiesAndNeverThrows(String stored) {
    assertThat(hasher.verify("anything at all".toCharArray(), stored)).isFalse();
  }

  @Test
  void theDecoyHasTheConfiguredCostAndIsStable() {
    String decoy = hasher.decoy();

    assertThat(decoy).startsWith("pbkdf2-sha512$1000$").isSameAs(hasher.decoy());
    assertThat(hasher.verify("".toCharArray(), decoy)).isFalse();
  }

  @Test
  void anAbsurdCostIsRefused() {
    assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
