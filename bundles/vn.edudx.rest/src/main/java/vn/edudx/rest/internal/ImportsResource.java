package vn.edudx.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.rest.internal.dto.ImportDTO;
import vn.edudx.rest.internal.dto.ListDTO;

/** {@code GET /api/v1/imports}: every delivery, newest first, with what became of it and why. */
@Path("/v1/imports")
@RolesAllowed(Access.OFFICE)
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  private final ObservationStore observations;

  public ImportsResource(ObservationStore observations) {
    this.observations = observations;
  }

  @GET
  public ListDTO<ImportDTO> list(
      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    int from = Params.optionalInt("offset", offset, 0, 0, Integer.MAX_VALUE);
    int count = Params.optionalInt("limit", limit, 50, 1, 500);
    return ListDTO.of(observations.batches(from, count).stream().map(ImportDTO::of).toList(), null);
  }

  @GET
  @Path("/{id}")
  public ImportDTO one(@PathParam("id") String id) {
    long number = Params.optionalInt("id", id, 0, 1, Integer.MAX_VALUE);
    return observations
        .batch(number)
        .map(ImportDTO::of)
        .orElseThrow(() -> Params.notFound("import.unknown", id));
  }
}
