package vn.edudx.rest.internal.dto;

import java.time.Instant;
import java.util.List;
import vn.edudx.api.collect.CollectorStatus;

/**
 * How one collector instance is doing: its routes' state (or its source down), its deliveries, its
 * last error and, while its source is down, when it tries again.
 */
public record CollectorDTO(
    String id,
    String instance,
    TextDTO description,
    String state,
    List<String> routes,
    Instant lastRun,
    long accepted,
    long rejected,
    long duplicate,
    TextDTO lastError,
    Instant lastErrorAt,
    Instant nextTry) {

  public static CollectorDTO of(CollectorStatus s) {
    return new CollectorDTO(
        s.id(),
        s.instance(),
        TextDTO.of(s.description()),
        s.state().name(),
        s.routes(),
        s.lastRun(),
        s.accepted(),
        s.rejected(),
        s.duplicate(),
        TextDTO.of(s.lastError()),
        s.lastErrorAt(),
        s.nextTry());
  }

  /** The same status without the last error's text (its time stays: something went wrong). */
  public CollectorDTO withoutLastError() {
    return new CollectorDTO(
        id,
        instance,
        description,
        state,
        routes,
        lastRun,
        accepted,
        rejected,
        duplicate,
        null,
        lastErrorAt,
        nextTry);
  }
}
