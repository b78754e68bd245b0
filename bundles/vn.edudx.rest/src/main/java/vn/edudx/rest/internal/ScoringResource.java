package vn.edudx.rest.internal;

import java.time.Instant;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import vn.edudx.api.score.ScoringService;

/**
 * {@code GET /api/v1/scoring/progress}: the scoring job running now (an activation rescoring a
 * period, a large import) and how far it has come, for a page to show while it waits.
 */
@RolesAllowed(Access.OFFICE)
@Path("/v1/scoring")
@Produces(MediaType.APPLICATION_JSON)
public class ScoringResource {

  /** The job running now, or {@code running: false}. */
  public record ProgressDTO(
      boolean running, String job, int done, int total, int percent, Instant startedAt) {}

  private final ScoringService scoring;

  public ScoringResource(ScoringService scoring) {
    this.scoring = scoring;
  }

  @GET
  @Path("/progress")
  public ProgressDTO progress() {
    return scoring
        .progress()
        .map(p -> new ProgressDTO(true, p.job(), p.done(), p.total(), p.percent(), p.startedAt()))
        .orElse(new ProgressDTO(false, null, 0, 0, 0, null));
  }
}
