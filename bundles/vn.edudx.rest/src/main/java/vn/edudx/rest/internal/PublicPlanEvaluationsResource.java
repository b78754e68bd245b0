package vn.edudx.rest.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import vn.edudx.api.plan.PlanPublications;
import vn.edudx.api.plan.StoredPlanPublication;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.PlanPublicationDTOs;

/**
 * The published evaluations of the town's plans, for anyone, once their embargo has passed: the
 * snapshot byte for byte (immutable, its checksum the ETag) and its report, made from the snapshot.
 * An embargoed publication is as unknown here as one that does not exist.
 */
@Path("/v1/public/plan-evaluations")
@PermitAll
public class PublicPlanEvaluationsResource {

  static final String PUBLIC_BASE = "/api/v1/public/plan-evaluations/";
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  private final PlanPublications publications;
  private final Clock clock;

  public PublicPlanEvaluationsResource(PlanPublications publications, Clock clock) {
    this.publications = publications;
    this.clock = clock;
  }

  /** The publications past their embargo, superseded ones too, newest first. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    var now = clock.instant();
    var cards =
        publications.list().stream()
            .filter(p -> p.publicAt(now))
            .map(p -> PlanPublicationDTOs.Card.of(publications.asPublic(p), now, PUBLIC_BASE))
            .toList();
    return Response.ok(ListDTO.of(cards, null))
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  /** The snapshot exactly as published, byte for byte: its SHA-256 is the ETag. */
  @GET
  @Path("/{pubId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response one(
      @PathParam("pubId") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
    StoredPlanPublication p = visible(id);
    Response.ResponseBuilder r =
        ifNoneMatch != null && ifNoneMatch.contains(p.checksum())
            ? Response.notModified()
            : Response.ok(p.json(), JSON);
    return r.header("ETag", '"' + p.checksum() + '"').header("Cache-Control", IMMUTABLE).build();
  }

  /**
   * The report as print-ready HTML, from the snapshot; it changes once, when a correction
   * supersedes it (it then says so), so it is revalidated rather than immutable.
   */
  @GET
  @Path("/{pubId}/report.html")
  @Produces(MediaType.TEXT_HTML)
  public Response html(
      @PathParam("pubId") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
    StoredPlanPublication p = visible(id);
    return Downloads.bytes(
        publications.html(p.id()).getBytes(StandardCharsets.UTF_8),
        "text/html; charset=UTF-8",
        null,
        ifNoneMatch,
        Downloads.Audience.PUBLIC);
  }

  /** The report as an A4 PDF, from the snapshot. */
  @GET
  @Path("/{pubId}/report.pdf")
  @Produces(Downloads.PDF)
  public Response pdf(
      @PathParam("pubId") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
    StoredPlanPublication p = visible(id);
    return Downloads.bytes(
        publications.pdf(p.id()),
        Downloads.PDF,
        "edudx-" + p.id() + ".pdf",
        ifNoneMatch,
        Downloads.Audience.PUBLIC);
  }

  /** The report's data appendix as a workbook, from the snapshot. */
  @GET
  @Path("/{pubId}/report.xlsx")
  @Produces(Downloads.XLSX)
  public Response xlsx(
      @PathParam("pubId") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
    StoredPlanPublication p = visible(id);
    return Downloads.bytes(
        publications.xlsx(p.id()),
        Downloads.XLSX,
        "edudx-" + p.id() + ".xlsx",
        ifNoneMatch,
        Downloads.Audience.PUBLIC);
  }

  /** A publication the public may read now; an embargoed one is as unknown as a missing one. */
  private StoredPlanPublication visible(String id) {
    return publications
        .find(id)
        .filter(p -> p.publicAt(clock.instant()))
        .orElseThrow(() -> Params.notFound("plan.publication.unknown", id));
  }
}
