package vn.edudx.api.score;

import java.time.Instant;

/**
 * How far a long scoring job has come (rescoring a period after an activation, a large import), for
 * the shell and the REST API to show while it runs.
 *
 * @param job what is being done, e.g. {@code rescore 2024-2025}
 * @param done units scored so far
 * @param total units to score
 * @param startedAt when it started
 */
public record Progress(String job, int done, int total, Instant startedAt) {

  /** The share done, from 0 to 100. */
  public int percent() {
    return total == 0 ? 100 : (int) Math.min(100, done * 100L / total);
  }
}
