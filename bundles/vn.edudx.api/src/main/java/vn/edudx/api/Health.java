package vn.edudx.api;

import java.util.Map;

/**
 * The state of one part of EduDX at one moment, with the facts an operator needs at 2 a.m.
 *
 * @param name the part, as {@link HealthIndicator#name()}
 * @param status whether it works
 * @param detail one line saying why, in English for logs and operators
 * @param facts figures that help (counts, versions, names); values are strings or numbers
 */
public record Health(String name, Status status, String detail, Map<String, Object> facts) {

  /** Whether a part works. */
  public enum Status {
    UP,
    DOWN
  }

  public Health {
    facts = facts == null ? Map.of() : Map.copyOf(facts);
  }

  public static Health up(String name, String detail, Map<String, Object> facts) {
    return new Health(name, Status.UP, detail, facts);
  }

  public static Health down(String name, String detail) {
    return new Health(name, Status.DOWN, detail, Map.of());
  }
}
