package vn.edudx.rest.internal;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.security.AuthException;
import vn.edudx.api.security.AuthService;
import vn.edudx.rest.internal.dto.SecurityDTOs;

/**
 * Sign-in: {@code POST /api/v1/auth/login} checks the password through Karaf's JAAS realm {@code
 * edudx} and answers a bearer token; {@code POST /api/v1/auth/logout} revokes it; {@code GET
 * /api/v1/auth/me} says who the token stands for.
 */
@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  private final AuthService auth;

  public AuthResource(AuthService auth) {
    this.auth = auth;
  }

  @POST
  @Path("/login")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Response login(SecurityDTOs.Login login) {
    String username = login == null ? null : login.username();
    String password = login == null ? null : login.password();
    Params.required("username", username, "{\"username\":\"...\",\"password\":\"...\"}");
    Params.required("password", password, "{\"username\":\"...\",\"password\":\"...\"}");
    try {
      var session = auth.login(username.strip(), password.toCharArray(), RestServlet.remote());
      return Response.ok(SecurityDTOs.SessionDTO.of(session))
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .build();
    } catch (AuthException e) {
      return e.reason() == AuthException.Reason.THROTTLED
          ? Errors.throttled(e.retryAfter())
          : Errors.unauthorized("auth.bad-credentials");
    }
  }

  @POST
  @Path("/logout")
  @RolesAllowed(Access.SIGNED_IN)
  public Response logout(@Context HttpHeaders headers) {
    String header = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    auth.logout(header.substring("Bearer ".length()).strip());
    return Response.noContent().build();
  }

  @GET
  @Path("/me")
  @RolesAllowed(Access.SIGNED_IN)
  public SecurityDTOs.Me me(@Context SecurityContext security) {
    return SecurityDTOs.Me.of(Access.caller(security));
  }
}
