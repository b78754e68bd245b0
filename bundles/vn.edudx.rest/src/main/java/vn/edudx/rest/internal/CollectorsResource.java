package vn.edudx.rest.internal;

import java.util.function.Supplier;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.EduDxException;
import vn.edudx.api.collect.CollectorStatuses;
import vn.edudx.api.security.Caller;
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

  /** The collectors' host; absent while the Camel context is not up (503). */
  private final Supplier<CollectorStatuses> collectors;

  public CollectorsResource(Supplier<CollectorStatuses> collectors) {
    this.collectors = collectors;
  }

  /**
   * Every collector instance. A caller bound to an office or a department gets no {@code
   * lastError}: it may quote a value of a school outside its area from a rejected file.
   */
  @GET
  public ListDTO<CollectorDTO> list(@Context SecurityContext security) {
    CollectorStatuses host = collectors.get();
    if (host == null) {
      throw new EduDxException(
          EduDxException.Kind.UNAVAILABLE,
          Texts.MESSAGES.problem("collectors.not-ready", null, null, null, null));
    }
    Caller caller = Access.caller(security);
    boolean whole = caller == null || caller.unitCode() == null;
    return ListDTO.of(
        host.statuses().stream()
            .map(CollectorDTO::of)
            .map(c -> whole ? c : c.withoutLastError())
            .toList(),
        null);
  }
}
