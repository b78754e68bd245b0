package vn.edudx.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.UserAdmin;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.SecurityDTOs;

/** The office administrator's users: list, add, reset a password, enable and disable. */
@Path("/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Access.ADMIN)
public class UsersResource {

  private static final String EXAMPLE =
      "{\"username\":\"th01\",\"displayName\":\"...\",\"role\":\"SCHOOL\",\"unitCode\":\"NN-TH-01\","
          + "\"password\":\"...\"}";

  private final UserAdmin users;

  public UsersResource(UserAdmin users) {
    this.users = users;
  }

  @GET
  public ListDTO<SecurityDTOs.UserDTO> list() {
    return ListDTO.of(users.list().stream().map(SecurityDTOs.UserDTO::of).toList(), null);
  }

  @GET
  @Path("/{username}")
  public SecurityDTOs.UserDTO one(@PathParam("username") String username) {
    return users
        .find(username)
        .map(SecurityDTOs.UserDTO::of)
        .orElseThrow(() -> Params.notFound("user.unknown", username));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(SecurityDTOs.NewUser u) {
    if (u == null) {
      throw Params.invalid("param.body", "body", null, EXAMPLE);
    }
    Params.required("username", u.username(), EXAMPLE);
    Params.required("password", u.password(), EXAMPLE);
    Role role = Params.optionalEnum("role", Params.required("role", u.role(), EXAMPLE), Role.class);
    var created =
        users.create(u.username(), u.displayName(), role, u.unitCode(), u.password().toCharArray());
    return Response.status(201).entity(SecurityDTOs.UserDTO.of(created)).build();
  }

  @POST
  @Path("/{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response password(@PathParam("username") String username, SecurityDTOs.NewPassword body) {
    String password = body == null ? null : body.password();
    Params.required("password", password, "{\"password\":\"...\"}");
    users.setPassword(username, password.toCharArray());
    return Response.noContent().build();
  }

  @POST
  @Path("/{username}/enable")
  public SecurityDTOs.UserDTO enable(@PathParam("username") String username) {
    users.setEnabled(username, true);
    return one(username);
  }

  @POST
  @Path("/{username}/disable")
  public SecurityDTOs.UserDTO disable(@PathParam("username") String username) {
    users.setEnabled(username, false);
    return one(username);
  }
}
