package vn.edudx.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import vn.edudx.api.collect.CollectorStatuses;
import vn.edudx.rest.internal.dto.CollectorDTO;
import vn.edudx.rest.internal.dto.ListDTO;

/**
 * {@code GET /api/v1/collectors}: every collector instance present, whether its routes run, its
 * deliveries counted from the store and its last error, for the office to see a source is stuck.
 */
@Path("/v1/collectors")
@RolesAllowed(Access.OFFICE)
@Produces(MediaType.APPLICATION_JSON)
public class CollectorsResource {

  private final CollectorStatuses collectors;

  public CollectorsResource(CollectorStatuses collectors) {
    this.collectors = collectors;
  }

  @GET
  public ListDTO<CollectorDTO> list() {
    return ListDTO.of(collectors.statuses().stream().map(CollectorDTO::of).toList(), null);
  }
}
