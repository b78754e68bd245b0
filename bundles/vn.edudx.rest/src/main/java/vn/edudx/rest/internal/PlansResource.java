package vn.edudx.rest.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanEvaluator;
import vn.edudx.api.plan.PlanRegistry;
import vn.edudx.api.plan.PlanReports;
import vn.edudx.rest.internal.dto.ListDTO;

/**
 * The town's plans and their year-end evaluation: {@code GET /api/v1/plans}, {@code GET
 * /api/v1/plans/{id}} (the definition) and {@code GET /api/v1/plans/{id}/evaluations/{year}} (every
 * target's value, status and the rule that decided it, per ward and level, the units pulling it
 * down, and every input). The evaluation reads the schools' unpublished values: office roles only.
 */
@Path("/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

  /** A plan's card. */
  public record PlanCard(
      String id,
      int version,
      LocalizedText title,
      String legalBasis,
      String indicatorSet,
      int baselineYear,
      int finalYear,
      int horizonYear,
      int targets) {

    static PlanCard of(PlanDefinition p) {
      return new PlanCard(
          p.id(),
          p.version(),
          p.title(),
          p.legalBasis(),
          p.indicatorSet(),
          p.baselineYear(),
          p.finalYear(),
          p.horizonYear(),
          p.targets().size());
    }
  }

  private final PlanRegistry plans;
  private final PlanEvaluator evaluator;
  private final PlanReports reports;

  public PlansResource(PlanRegistry plans, PlanEvaluator evaluator, PlanReports reports) {
    this.plans = plans;
    this.evaluator = evaluator;
    this.reports = reports;
  }

  @GET
  @RolesAllowed(Access.SIGNED_IN)
  public ListDTO<PlanCard> list() {
    List<PlanCard> cards = plans.plans().stream().map(PlanCard::of).toList();
    return ListDTO.of(cards, null);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Access.SIGNED_IN)
  public PlanDefinition one(@PathParam("id") String id) {
    return plans.plan(id).orElseThrow(() -> Params.notFound("plan.unknown", id));
  }

  /** The year-end report, print-ready (A4, Vietnamese administrative form). */
  @GET
  @Path("/{id}/evaluations/{year}/report.html")
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed(Access.OFFICE)
  public Response reportHtml(@PathParam("id") String id, @PathParam("year") String year) {
    return Response.ok(
            reports.html(id, Params.optionalInt("year", year, 0, 1990, 2100)),
            "text/html; charset=UTF-8")
        .header("Cache-Control", "private, no-cache")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .build();
  }

  /** The same report as an A4 PDF, to sign and send. */
  @GET
  @Path("/{id}/evaluations/{year}/report.pdf")
  @Produces(Downloads.PDF)
  @RolesAllowed(Access.OFFICE)
  public Response reportPdf(@PathParam("id") String id, @PathParam("year") String year) {
    int y = Params.optionalInt("year", year, 0, 1990, 2100);
    return Response.ok(reports.pdf(id, y), Downloads.PDF)
        .header("Cache-Control", "private, no-cache")
        .header("Content-Disposition", "inline; filename=\"edudx-" + id + "-" + y + ".pdf\"")
        .build();
  }

  /** The report's data appendix as a workbook. */
  @GET
  @Path("/{id}/evaluations/{year}/report.xlsx")
  @Produces(Downloads.XLSX)
  @RolesAllowed(Access.OFFICE)
  public Response reportXlsx(@PathParam("id") String id, @PathParam("year") String year) {
    int y = Params.optionalInt("year", year, 0, 1990, 2100);
    return Response.ok(reports.xlsx(id, y), Downloads.XLSX)
        .header("Cache-Control", "private, no-cache")
        .header("Content-Disposition", "attachment; filename=\"edudx-" + id + "-" + y + ".xlsx\"")
        .build();
  }

  @GET
  @Path("/{id}/evaluations/{year}")
  @RolesAllowed(Access.OFFICE)
  public PlanEvaluation evaluation(@PathParam("id") String id, @PathParam("year") String year) {
    return evaluator.evaluate(id, Params.optionalInt("year", year, 0, 1990, 2100));
  }
}
