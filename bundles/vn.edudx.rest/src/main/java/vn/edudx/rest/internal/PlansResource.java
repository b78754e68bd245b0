package vn.edudx.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.plan.PlanAdmin;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanEvaluation;
import vn.edudx.api.plan.PlanEvaluator;
import vn.edudx.api.plan.PlanPublications;
import vn.edudx.api.plan.PlanRegistry;
import vn.edudx.api.plan.PlanReports;
import vn.edudx.api.plan.PlanVersion;
import vn.edudx.api.plan.StoredPlanPublication;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.PlanPublicationDTOs;

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
  private final PlanPublications publications;
  private final Clock clock;
  private final PlanAdmin admin;

  public PlansResource(
      PlanRegistry plans,
      PlanEvaluator evaluator,
      PlanReports reports,
      PlanPublications publications,
      Clock clock,
      PlanAdmin admin) {
    this.admin = admin;
    this.plans = plans;
    this.evaluator = evaluator;
    this.reports = reports;
    this.publications = publications;
    this.clock = clock;
  }

  @GET
  @RolesAllowed(Access.SIGNED_IN)
  public ListDTO<PlanCard> list() {
    List<PlanCard> cards = plans.plans().stream().map(PlanCard::of).toList();
    return ListDTO.of(cards, null);
  }

  /**
   * Another town's plan is another file: the definition is read, checked against the indicator set
   * it names and stored as a frozen version (201); every problem comes back located (400); other
   * content under a stored version is refused (409). The same file twice is stored once.
   */
  @POST
  @RolesAllowed(Access.ADMIN)
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @QueryParam("file") String file, InputStream body, @Context SecurityContext security)
      throws IOException {
    byte[] content = body.readNBytes(PlanAdmin.MAX_BYTES + 1);
    var caller = Access.caller(security);
    PlanVersion stored = admin.upload(content, file, caller == null ? "system" : caller.username());
    return Response.status(Response.Status.CREATED)
        .location(UriBuilder.fromPath("/api/v1/plans/{id}").build(stored.id()))
        .entity(stored)
        .build();
  }

  /**
   * Every stored version of a plan, shipped or uploaded, oldest first, without definitions; for the
   * office, since each names who uploaded it and the file.
   */
  @GET
  @Path("/{id}/versions")
  @RolesAllowed(Access.OFFICE)
  public ListDTO<PlanVersion> versions(@PathParam("id") String id) {
    List<PlanVersion> versions = admin.versions().stream().filter(v -> v.id().equals(id)).toList();
    if (versions.isEmpty()) {
      throw Params.notFound("plan.unknown", id);
    }
    return ListDTO.of(versions, null);
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

  /**
   * Leadership approves the year's evaluation and publishes it as an immutable snapshot: 201 with
   * its card, and its public address in {@code Location}.
   */
  @POST
  @Path("/{id}/evaluations/{year}/publications")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.LEADERSHIP)
  public Response publish(
      @PathParam("id") String id,
      @PathParam("year") String year,
      PlanPublicationDTOs.Request body,
      @Context SecurityContext security) {
    int y = Params.optionalInt("year", year, 0, 1990, 2100);
    PlanPublicationDTOs.Request request =
        body == null ? new PlanPublicationDTOs.Request(null, null, null) : body;
    StoredPlanPublication made =
        publications.publish(
            id,
            y,
            Access.caller(security),
            request.embargoUntil(),
            request.supersedes(),
            request.reason());
    return Response.created(URI.create(PublicPlanEvaluationsResource.PUBLIC_BASE + made.id()))
        .entity(
            PlanPublicationDTOs.Card.of(
                made, clock.instant(), PublicPlanEvaluationsResource.PUBLIC_BASE))
        .build();
  }

  /**
   * The plan's publications the caller may see, embargoed ones of the caller's area included,
   * newest first.
   */
  @GET
  @Path("/{id}/publications")
  @RolesAllowed(Access.OFFICE)
  public Response publications(@PathParam("id") String id, @Context SecurityContext security) {
    plans.plan(id).orElseThrow(() -> Params.notFound("plan.unknown", id));
    var caller = Access.caller(security);
    var now = clock.instant();
    List<PlanPublicationDTOs.Card> cards =
        publications.list().stream()
            .filter(p -> p.snapshot().planId().equals(id) && publications.visible(p, caller))
            .map(
                p -> PlanPublicationDTOs.Card.of(p, now, PublicPlanEvaluationsResource.PUBLIC_BASE))
            .toList();
    return Response.ok(ListDTO.of(cards, null))
        .header("Cache-Control", "private, no-cache")
        .build();
  }
}
