package vn.edudx.api.observation;

import java.time.Instant;

/**
 * Where a stored value came from, down to the row of the file, so that every point can be traced to
 * its source.
 */
public record Provenance(
    long batchId,
    String source,
    String instance,
    String origin,
    Integer row,
    Instant receivedAt,
    String receivedBy) {

  /** The source name of the synthetic Ngã Năm demo data. */
  public static final String DEMO_SOURCE = "demo";

  public boolean isDemo() {
    return DEMO_SOURCE.equals(source);
  }

  /**
   * This provenance as the public reads it: the batch, source, instance, row and time stay, so that
   * a published figure can still be traced; the file name or request id ({@code origin}) and the
   * staff user who received it ({@code receivedBy}) are the office's and are left out.
   */
  public Provenance forPublic() {
    return new Provenance(batchId, source, instance, null, row, receivedAt, null);
  }
}
