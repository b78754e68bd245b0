package vn.edudx.rest.internal;

import javax.ws.rs.DefaultValue;
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
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  private final ObservationStore observations;

  public ImportsResource(ObservationStore observations) {
    this.observations = observations;
  }

  @GET
  public ListDTO<ImportDTO> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return ListDTO.of(
        observations.batches(Math.max(0, offset), Math.max(1, Math.min(500, limit))).stream()
            .map(ImportDTO::of)
            .toList(),
        null);
  }

  @GET
  @Path("/{id}")
  public ImportDTO one(@PathParam("id") long id) {
    return observations
        .batch(id)
        .map(ImportDTO::of)
        .orElseThrow(() -> Params.notFound("import.unknown", id));
  }
}
