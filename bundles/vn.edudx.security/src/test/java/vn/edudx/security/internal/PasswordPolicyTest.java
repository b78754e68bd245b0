package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Problem;

class PasswordPolicyTest {

  private static List<String> codes(String username, String password) {
    return PasswordPolicy.check(username, password == null ? null : password.toCharArray()).stream()
        .map(Problem::code)
        .toList();
  }

  @Test
  void aLongPasswordWithoutTheUsernameIsAccepted() {
    assertThat(codes("th.nga-nam", "Mùa lúa chín 2025")).isEmpty();
    assertThat(codes("th.nga-nam", "0123456789")).isEmpty();
  }

  @Test
  void fewerThanTenCharactersIsTooShortCountingAccentedLettersOnce() {
    assertThat(codes("admin", "123456789")).containsExactly("password.too-short");
    assertThat(codes("admin", "")).containsExactly("password.too-short");
    assertThat(codes("admin", null)).containsExactly("password.too-short");
    assertThat(codes("admin", "Đường ướt!")).isEmpty(); // ten letters, some accented
  }

  @Test
  void thePasswordMayNotBeOrContainTheUsernameInAnyCase() {
    assertThat(codes("truong-abc", "truong-abc")).containsExactly("password.contains-username");
    assertThat(codes("truong-abc", "my TRUONG-ABC password"))
        .containsExactly("password.contains-username");
    assertThat(codes("abc", "abc"))
        .containsExactly("password.too-short", "password.contains-username");
  }

  @Test
  void everyObjectionSaysWhatIsWrongAndHowToFixItInBothLanguages() {
    Problem p = PasswordPolicy.check("admin", "admin".toCharArray()).get(0);

    assertThat(p.field()).isEqualTo("password");
    assertThat(p.message().vi()).contains("10").doesNotContain("password.too-short");
    assertThat(p.message().en())
        .isEqualTo("The password is too short: it needs at least 10 characters.");
    assertThat(p.hint().en()).contains("10");
    assertThat(p.hint().vi()).isNotEqualTo(p.hint().en());
  }
}
