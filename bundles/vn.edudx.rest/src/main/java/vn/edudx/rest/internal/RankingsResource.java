package vn.edudx.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.rest.internal.dto.Mappers;
import vn.edudx.rest.internal.dto.RankingDTO;
import vn.edudx.rest.internal.dto.TextDTO;

/**
 * {@code GET /api/v1/rankings?period=[&level=][&by=]}: schools ranked with both groups' points and
 * levels, the method in words, and the schools without a rank listed with the reason.
 */
@Path("/v1/rankings")
@RolesAllowed(Access.OFFICE)
@Produces(MediaType.APPLICATION_JSON)
public class RankingsResource {

  private final RankingService rankings;

  public RankingsResource(RankingService rankings) {
    this.rankings = rankings;
  }

  @GET
  public RankingDTO rank(
      @QueryParam("period") String period,
      @QueryParam("level") String level,
      @QueryParam("by") String by,
      @QueryParam("scope") String scope,
      @QueryParam("approved") String approved,
      @QueryParam("robustness") String robustness,
      @Context SecurityContext security) {
    SchoolLevel category = Params.optionalEnum("level", level, SchoolLevel.class);
    if (category != null && category.mainLevel() != category) {
      // Multi-level schools rank in the category of their main level; there is no such category.
      throw Params.invalid(
          "ranking.level.multi", "level", level, category.name(), category.mainLevel().name());
    }
    boolean approvedOnly = Params.optionalBoolean("approved", approved);
    Ranking r =
        rankings.rank(
            new RankingRequest(
                Params.period(period).code(),
                scope == null || scope.isBlank() ? null : scope.strip(),
                // An office sees its own area only, whatever scope it asks for.
                Access.caller(security).unitCode(),
                category,
                by,
                approvedOnly,
                false,
                Params.optionalBoolean("robustness", robustness) ? rankings.robustness() : null));
    TextDTO figure =
        RankingService.BY_TOTAL.equals(r.by())
            ? Texts.text("ranking.by.total")
            : Texts.text("ranking.by.group", r.by());
    TextDTO method =
        new TextDTO(
            Texts.text("ranking.method", figure.vi()).vi(),
            Texts.text("ranking.method", figure.en()).en());
    return Mappers.ranking(r, method, Texts.demoNotice());
  }
}
