package vn.edudx.rest.internal.dto;

import java.time.Instant;
import java.util.List;
import vn.edudx.api.observation.ImportBatch;

/**
 * A delivery: where it came from, what became of it, and every problem found; {@code duplicate}
 * says that its content was delivered before ({@code duplicateOf}) and nothing was stored again.
 */
public record ImportDTO(
    long id,
    String collector,
    String instance,
    String file,
    String checksum,
    Instant receivedAt,
    String receivedBy,
    String status,
    boolean duplicate,
    int rows,
    int stored,
    Long duplicateOf,
    List<ProblemDTO> problems) {

  public static ImportDTO of(ImportBatch b) {
    var h = b.header();
    return new ImportDTO(
        b.id(),
        h.source(),
        h.instance(),
        h.origin(),
        h.checksum(),
        h.receivedAt(),
        h.receivedBy(),
        b.status().name(),
        b.status() == ImportBatch.Status.DUPLICATE,
        b.rows(),
        b.stored(),
        b.duplicateOf(),
        b.problems().stream().map(ProblemDTO::of).toList());
  }
}
