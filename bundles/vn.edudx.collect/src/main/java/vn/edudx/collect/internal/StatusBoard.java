package vn.edudx.collect.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.collect.Collector;
import vn.edudx.api.collect.CollectorStatus;
import vn.edudx.api.collect.CollectorStatus.State;
import vn.edudx.api.collect.SourceProblem;
import vn.edudx.api.observation.BatchTally;

/**
 * Puts together a collector's status from what the Camel context says of its routes and what the
 * store counted of its deliveries, kept apart from the host so that it can be tested without Camel
 * or a database.
 */
final class StatusBoard {

  /**
   * A collector as the host holds it.
   *
   * @param routes each route id and whether it is started
   * @param failure why its routes could not be added, or {@code null}
   * @param failedAt when that happened, or {@code null}
   */
  record Hosted(
      Collector collector, Map<String, Boolean> routes, String failure, Instant failedAt) {}

  private StatusBoard() {}

  static List<CollectorStatus> statuses(List<Hosted> hosted, List<BatchTally> tallies) {
    List<CollectorStatus> statuses = new ArrayList<>();
    for (Hosted h : hosted) {
      Collector c = h.collector();
      Optional<BatchTally> t =
          tallies.stream()
              .filter(x -> x.source().equals(c.id()) && x.instance().equals(c.instance()))
              .findFirst();
      LocalizedText error;
      Instant errorAt;
      Optional<SourceProblem> down = sourceProblem(c);
      if (h.failure() != null) {
        error = IngestPipeline.MESSAGES.text("status.routes-failed", h.failure());
        errorAt = h.failedAt();
      } else if (down.isPresent()) {
        error = down.get().message();
        errorAt = down.get().since();
      } else {
        error = t.map(BatchTally::lastProblem).map(p -> p.message()).orElse(null);
        errorAt = error == null ? null : t.get().lastRejectedAt();
      }
      statuses.add(
          new CollectorStatus(
              c.id(),
              c.instance(),
              c.description(),
              down.isPresent() && state(h) == State.RUNNING ? State.DOWN : state(h),
              h.routes().keySet().stream().sorted().toList(),
              t.map(BatchTally::lastRun).orElse(null),
              t.map(BatchTally::accepted).orElse(0L),
              t.map(BatchTally::rejected).orElse(0L),
              t.map(BatchTally::duplicate).orElse(0L),
              error,
              errorAt,
              h.failure() == null ? down.map(SourceProblem::nextTry).orElse(null) : null));
    }
    for (BatchTally t : tallies) {
      boolean isHosted =
          hosted.stream()
              .map(Hosted::collector)
              .anyMatch(c -> c.id().equals(t.source()) && c.instance().equals(t.instance()));
      if (!isHosted) {
        statuses.add(onDemand(t));
      }
    }
    statuses.sort(
        Comparator.comparing(CollectorStatus::id).thenComparing(CollectorStatus::instance));
    return statuses;
  }

  /**
   * What the collector says of its source; a collector that fails to say is taken at its routes.
   */
  private static Optional<SourceProblem> sourceProblem(Collector c) {
    try {
      return c.sourceProblem();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A source that delivered without routes of its own (a push, an upload, the shell, the workflow,
   * or a collector no longer installed), known only from its stored deliveries.
   */
  private static CollectorStatus onDemand(BatchTally t) {
    String key = "source." + t.source();
    LocalizedText description =
        IngestPipeline.MESSAGES.has(key)
            ? IngestPipeline.MESSAGES.text(key)
            : IngestPipeline.MESSAGES.text("source.other", t.source());
    LocalizedText error = t.lastProblem() == null ? null : t.lastProblem().message();
    return new CollectorStatus(
        t.source(),
        t.instance(),
        description,
        State.ON_DEMAND,
        List.of(),
        t.lastRun(),
        t.accepted(),
        t.rejected(),
        t.duplicate(),
        error,
        error == null ? null : t.lastRejectedAt(),
        null);
  }

  /** Failed if its routes could not be added; running only if it has routes and all are started. */
  static State state(Hosted h) {
    if (h.failure() != null) {
      return State.FAILED;
    }
    return !h.routes().isEmpty() && h.routes().values().stream().allMatch(Boolean::booleanValue)
        ? State.RUNNING
        : State.STOPPED;
  }
}
