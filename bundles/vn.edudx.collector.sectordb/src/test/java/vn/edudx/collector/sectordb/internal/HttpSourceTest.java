package vn.edudx.collector.sectordb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** What of a configured address may be shown: never a user, a password or a token. */
class HttpSourceTest {

  @Test
  void anAddressIsShownWithoutItsUserAndWithEveryParameterButTheCursorMasked() {
    assertThat(
            HttpSource.origin(
                URI.create(
                    "https://smas:mat-khau@csdl.example.vn:8443/export?token=abc123&since=c2&limit=500")))
        .isEqualTo("https://csdl.example.vn:8443/export?token=***&since=c2&limit=500")
        .doesNotContain("smas", "mat-khau", "abc123");
    assertThat(HttpSource.origin(URI.create("http://127.0.0.1/export?since=&limit=2")))
        .isEqualTo("http://127.0.0.1/export?since=&limit=2");
  }

  @Test
  void anAddressThatCannotBeParsedIsCutBeforeItsQueryAndLosesItsUser() {
    assertThat(HttpSource.display("htps://user:pass word@host/x?key=secret value"))
        .isEqualTo("htps://host/x")
        .doesNotContain("pass", "secret");
    assertThat(HttpSource.display("https://user:pw@csdl.example.vn/x?apikey=k"))
        .isEqualTo("https://csdl.example.vn/x?apikey=***");
  }
}
