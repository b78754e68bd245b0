package vn.edudx.api.observation;

import java.time.Instant;
import vn.edudx.api.Problem;

/**
 * What the stored deliveries of one collector instance add up to, so that a collector's status
 * survives a restart.
 *
 * @param source the collector id
 * @param instance the collector instance
 * @param accepted deliveries whose values are stored
 * @param rejected deliveries refused whole
 * @param duplicate deliveries that repeated earlier content
 * @param lastRun when the newest delivery was received, or {@code null}
 * @param lastRejectedAt when the newest rejected delivery was received, or {@code null}
 * @param lastProblem the first problem of the newest rejected delivery, or {@code null}
 */
public record BatchTally(
    String source,
    String instance,
    long accepted,
    long rejected,
    long duplicate,
    Instant lastRun,
    Instant lastRejectedAt,
    Problem lastProblem) {}
