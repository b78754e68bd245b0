package vn.edudx.rest.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.UnitDTO;

/** {@code GET /api/v1/units}: the register, filtered by type and school level. */
@Path("/v1/units")
@RolesAllowed(Access.SIGNED_IN)
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

  private final UnitStore units;

  public UnitsResource(UnitStore units) {
    this.units = units;
  }

  @GET
  public ListDTO<UnitDTO> list(@QueryParam("type") String type, @QueryParam("level") String level) {
    List<OrgUnit> found =
        units.list(
            Params.optionalEnum("type", type, UnitType.class),
            Params.optionalEnum("level", level, SchoolLevel.class));
    boolean demo = found.stream().anyMatch(u -> Provenance.DEMO_SOURCE.equals(u.source()));
    return ListDTO.of(found.stream().map(UnitDTO::of).toList(), demo ? Texts.demoNotice() : null);
  }

  @GET
  @Path("/{code}")
  public UnitDTO one(@PathParam("code") String code) {
    return units
        .find(code)
        .map(UnitDTO::of)
        .orElseThrow(() -> Params.notFound("unit.unknown", code));
  }
}
