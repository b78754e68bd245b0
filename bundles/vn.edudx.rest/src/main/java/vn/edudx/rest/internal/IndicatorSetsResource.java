package vn.edudx.rest.internal;

import java.util.Comparator;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.rest.internal.dto.IndicatorSetDTO;
import vn.edudx.rest.internal.dto.ListDTO;

/** {@code GET /api/v1/indicator-sets}: the sets in use, with criteria, points and indicators. */
@Path("/v1/indicator-sets")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorSetsResource {

  private final IndicatorSetRegistry registry;

  public IndicatorSetsResource(IndicatorSetRegistry registry) {
    this.registry = registry;
  }

  @GET
  public ListDTO<IndicatorSetDTO> list() {
    return ListDTO.of(
        registry.sets().stream()
            .sorted(Comparator.comparing(s -> s.id()))
            .map(IndicatorSetDTO::of)
            .toList(),
        null);
  }

  @GET
  @Path("/{id}")
  public IndicatorSetDTO one(@PathParam("id") String id) {
    return registry
        .find(id)
        .map(IndicatorSetDTO::of)
        .orElseThrow(() -> Params.notFound("set.unknown", id));
  }
}
