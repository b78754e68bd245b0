package vn.edudx.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client a request comes from, for throttling failed sign-ins. Behind a reverse
 * proxy every request comes from the proxy; then, and only when the proxy is one the operator
 * trusts ({@code trustedProxies} in {@code etc/vn.edudx.rest.cfg}), the client is read from {@code
 * X-Forwarded-For}: the right-most address that is not itself a trusted proxy. A header from anyone
 * else is ignored, since a client could write any address into it.
 */
final class ClientAddress {

  private final Set<String> trusted;

  ClientAddress(Set<String> trusted) {
    this.trusted = Set.copyOf(trusted);
  }

  /** From the configuration's values, each possibly a comma-separated list; blanks ignored. */
  static ClientAddress of(String... trustedProxies) {
    return new ClientAddress(
        Arrays.stream(trustedProxies == null ? new String[0] : trustedProxies)
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet()));
  }

  String of(String remoteAddress, String forwardedFor) {
    if (!trusted.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trusted.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? remoteAddress : hops.get(0);
  }
}
