package vn.edudx.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.Period;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.security.Caller;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.Mappers;
import vn.edudx.rest.internal.dto.ScoreDTO;

/**
 * {@code GET /api/v1/scores?period=&unit=}: a unit's score with each group's points and level and
 * each criterion's points, rule and inputs; without {@code unit}, every score of the period.
 */
@Path("/v1/scores")
@RolesAllowed(Access.SIGNED_IN)
@Produces(MediaType.APPLICATION_JSON)
public class ScoresResource {

  private final ScoreStore scores;
  private final UnitStore units;
  private final IndicatorSetRegistry registry;

  public ScoresResource(ScoreStore scores, UnitStore units, IndicatorSetRegistry registry) {
    this.scores = scores;
    this.units = units;
    this.registry = registry;
  }

  @GET
  public Object scores(
      @QueryParam("period") String period,
      @QueryParam("unit") String unit,
      @Context SecurityContext security) {
    Period p = Params.period(period);
    Caller caller = Access.caller(security);
    if (unit == null || unit.isBlank()) {
      if (!caller.isOffice()) {
        // A school reads its own score only; the list of every school's is the office's.
        throw Params.invalid("param.required", "unit", null, "unit", "?unit=" + caller.unitCode());
      }
      // One read of the register: the office's area is decided in memory for every score.
      Map<String, OrgUnit> named =
          units.list(null, null).stream()
              .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
      List<Score> all =
          scores.forPeriod(p.code()).stream()
              .filter(
                  s ->
                      UnitStore.covers(
                          caller.unitCode(),
                          s.unitCode(),
                          c -> java.util.Optional.ofNullable(named.get(c))))
              .toList();
      List<ScoreDTO> list =
          all.stream()
              .map(s -> Mappers.score(s, named.get(s.unitCode()), Texts.demoNotice()))
              .toList();
      return ListDTO.of(
          list, list.stream().anyMatch(ScoreDTO::synthetic) ? Texts.demoNotice() : null);
    }
    String code = unit.strip();
    // Another school's unpublished score is as unknown to a school as a missing unit.
    OrgUnit u =
        units
            .find(code)
            .filter(
                x ->
                    caller.isOffice()
                        ? units.covers(caller.unitCode(), x.code())
                        : caller.maySee(x.code()))
            .orElseThrow(() -> Params.notFound("unit.unknown", code));
    IndicatorSet set =
        registry.applicableTo(u).orElseThrow(() -> Params.notFound("score.no-set", code));
    return scores
        .find(code, p.code(), set.id())
        .map(s -> Mappers.score(s, u, Texts.demoNotice()))
        .orElseThrow(() -> Params.notFound("score.none", code, p.code()));
  }
}
