package vn.edudx.rest.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import vn.edudx.api.Health;
import vn.edudx.api.HealthIndicator;
import vn.edudx.rest.internal.dto.HealthDTO;

/** {@code GET /api/v1/health}: 200 when every part is up, 503 otherwise, with each part's state. */
@Path("/v1/health")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  private final Supplier<List<HealthIndicator>> indicators;

  public HealthResource(Supplier<List<HealthIndicator>> indicators) {
    this.indicators = indicators;
  }

  @GET
  public Response health() {
    List<HealthDTO.Part> parts =
        indicators.get().stream()
            .map(HealthIndicator::check)
            .sorted(Comparator.comparing(Health::name))
            .map(h -> new HealthDTO.Part(h.name(), h.status().name(), h.detail(), h.facts()))
            .toList();
    boolean up = !parts.isEmpty() && parts.stream().allMatch(p -> p.status().equals("UP"));
    return Response.status(up ? 200 : 503)
        .entity(new HealthDTO(up ? "UP" : "DOWN", Instant.now(), parts))
        .build();
  }
}
