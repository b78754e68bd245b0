package vn.edudx.rest.internal.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The state of EduDX and of each of its parts. */
public record HealthDTO(String status, Instant checkedAt, List<Part> parts) {

  /** One part: the database, the Camel context, the rule base. */
  public record Part(String name, String status, String detail, Map<String, Object> facts) {}
}
