package vn.edudx.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.collect.ApiTokenService;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.PushDTOs;

/**
 * The office administrator's keys for schools' management systems: issue one (its secret is shown
 * in that answer only), list them, revoke one. The service limits each administrator to the schools
 * of the office's area.
 */
@Path("/v1/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Access.ADMIN)
public class ApiTokensResource {

  private static final String EXAMPLE = "{\"unit\":\"NN-TH-01\",\"label\":\"SMAS\"}";

  private final ApiTokenService tokens;

  public ApiTokensResource(ApiTokenService tokens) {
    this.tokens = tokens;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issue(PushDTOs.NewApiToken body, @Context SecurityContext security) {
    if (body == null) {
      throw Params.invalid("param.body", "body", null, EXAMPLE);
    }
    var issued = tokens.issue(body.unit(), body.label(), Access.caller(security));
    return Response.status(201)
        .entity(
            PushDTOs.IssuedDTO.of(
                issued, ObservationsResource.KEY_HEADER, Texts.text("apitoken.shown-once")))
        // The secret is in this answer only: no cache may keep it.
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }

  @GET
  public ListDTO<PushDTOs.ApiTokenDTO> list(@Context SecurityContext security) {
    return ListDTO.of(
        tokens.list(Access.caller(security)).stream().map(PushDTOs.ApiTokenDTO::of).toList(), null);
  }

  @DELETE
  @Path("/{id}")
  public PushDTOs.ApiTokenDTO revoke(
      @PathParam("id") String id, @Context SecurityContext security) {
    return PushDTOs.ApiTokenDTO.of(tokens.revoke(id, Access.caller(security)));
  }
}
