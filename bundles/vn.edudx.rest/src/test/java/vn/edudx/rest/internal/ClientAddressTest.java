package vn.edudx.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose address a failed sign-in counts against, with and without a trusted proxy. */
class ClientAddressTest {

  @Test
  void withoutATrustedProxyTheHeaderIsIgnored() {
    ClientAddress none = ClientAddress.of("");
    assertThat(none.of("203.0.113.5", "198.51.100.1")).isEqualTo("203.0.113.5");
    // A client cannot pick its own address by writing the header.
    ClientAddress proxy = ClientAddress.of("10.0.0.2");
    assertThat(proxy.of("203.0.113.5", "198.51.100.1")).isEqualTo("203.0.113.5");
  }

  @Test
  void behindATrustedProxyTheClientIsTheRightMostUntrustedHop() {
    ClientAddress proxies = ClientAddress.of("10.0.0.2, 10.0.0.3");
    // The client wrote a fake first hop; the proxies appended what they saw.
    assertThat(proxies.of("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3")).isEqualTo("203.0.113.9");
    assertThat(proxies.of("10.0.0.2", null)).isEqualTo("10.0.0.2");
    assertThat(proxies.of("10.0.0.2", "10.0.0.3")).isEqualTo("10.0.0.3");
  }
}
