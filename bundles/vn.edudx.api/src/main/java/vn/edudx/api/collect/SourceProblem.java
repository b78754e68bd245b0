package vn.edudx.api.collect;

import java.time.Instant;
import java.util.Objects;
import vn.edudx.api.LocalizedText;

/**
 * A source a collector pulls from that does not answer, as the collector itself knows it: the
 * routes run, yet nothing comes in, and only the collector can tell why and when it tries again.
 *
 * @param message what went wrong on the last attempt (connection refused, HTTP 503, a bad page)
 * @param since when the source was first found down in this spell
 * @param nextTry when the collector tries again, or {@code null} when it does not know
 */
public record SourceProblem(LocalizedText message, Instant since, Instant nextTry) {

  public SourceProblem {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(since, "since");
  }
}
