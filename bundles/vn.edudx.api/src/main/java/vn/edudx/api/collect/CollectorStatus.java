package vn.edudx.api.collect;

import java.time.Instant;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * How one collector instance is doing, for operators: whether its routes run, when it last received
 * something, and what went wrong last.
 *
 * @param id the collector id, e.g. {@code file}
 * @param instance the collector instance, e.g. a drop folder's name
 * @param description what the collector gathers
 * @param state whether its routes run
 * @param routes the ids of its Camel routes
 * @param lastRun when it last delivered something, or {@code null}
 * @param accepted deliveries stored (partly stored ones included)
 * @param rejected deliveries refused whole
 * @param duplicate deliveries that repeated earlier content
 * @param lastError why the routes failed, else why its source is down, else the first problem of
 *     the newest rejected delivery; {@code null} when nothing went wrong
 * @param lastErrorAt when that was (for a source down: since when), or {@code null} when unknown
 * @param nextTry when a collector whose source is down tries again, else {@code null}
 */
public record CollectorStatus(
    String id,
    String instance,
    LocalizedText description,
    State state,
    List<String> routes,
    Instant lastRun,
    long accepted,
    long rejected,
    long duplicate,
    LocalizedText lastError,
    Instant lastErrorAt,
    Instant nextTry) {

  public CollectorStatus {
    routes = routes == null ? List.of() : List.copyOf(routes);
  }

  /** Whether a collector's routes run. */
  public enum State {
    /** Every route is started. */
    RUNNING,
    /** Some route is stopped, or it has none. */
    STOPPED,
    /** Its routes run, but the source it pulls from does not answer: see the last error. */
    DOWN,
    /** Its routes could not be added. */
    FAILED,
    /**
     * A way in with no routes of its own, which takes deliveries when they are sent: a school
     * system's push, an upload, the shell, the workflow's forms. Listed from its stored deliveries.
     */
    ON_DEMAND
  }
}
