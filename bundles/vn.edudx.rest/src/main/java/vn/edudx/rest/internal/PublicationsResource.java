package vn.edudx.rest.internal;

import java.time.Clock;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.publication.Exports;
import vn.edudx.api.publication.PublicationRequest;
import vn.edudx.api.publication.PublicationService;
import vn.edudx.api.workflow.AssessmentService;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.PublicationDTOs;

/**
 * The office's view of publications, embargoed ones included; leadership makes them here. The
 * public reads them at {@code /api/v1/public/publications} once their embargo has passed.
 */
@Path("/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Access.OFFICE)
public class PublicationsResource {

  static final String OFFICE_BASE = "/api/v1/publications/";
  private static final String EXAMPLE =
      "{\"period\":\"2024-2025\",\"scopeCode\":\"NN-PGD\",\"embargoUntil\":\"2025-06-20T08:00:00Z\"}";

  private final PublicationService publications;
  private final Exports exports;
  private final AssessmentService workflow;
  private final Clock clock;

  public PublicationsResource(
      PublicationService publications, Exports exports, AssessmentService workflow, Clock clock) {
    this.publications = publications;
    this.exports = exports;
    this.workflow = workflow;
    this.clock = clock;
  }

  @GET
  public ListDTO<PublicationDTOs.Summary> list(@Context SecurityContext security) {
    var now = clock.instant();
    return ListDTO.of(
        publications.list(Access.caller(security)).stream()
            .map(p -> PublicationDTOs.Summary.of(p, now, OFFICE_BASE, publishBy(p)))
            .toList(),
        null);
  }

  @POST
  @RolesAllowed(Access.LEADERSHIP)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(PublicationDTOs.Request body, @Context SecurityContext security) {
    if (body == null) {
      throw Params.invalid("param.body", "body", null, EXAMPLE);
    }
    Params.required("period", body.period(), EXAMPLE);
    Params.required("scopeCode", body.scopeCode(), EXAMPLE);
    var made =
        publications.publish(
            new PublicationRequest(
                body.period().strip(),
                body.scopeCode().strip(),
                body.embargoUntil(),
                body.title(),
                body.note(),
                body.supersedes(),
                body.reason()),
            Access.caller(security));
    return Response.status(201)
        .entity(PublicationDTOs.Summary.of(made, clock.instant(), OFFICE_BASE, publishBy(made)))
        .build();
  }

  @GET
  @Path("/{id}")
  public Response one(@PathParam("id") String id, @Context SecurityContext security) {
    var p =
        publications
            .find(id, Access.caller(security))
            .orElseThrow(() -> Params.notFound("publication.unknown", id));
    return Response.ok(p.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("ETag", '"' + p.checksum() + '"')
        .header("Cache-Control", "private, no-cache")
        .build();
  }

  /** The downloads, embargoed or not: the press kit is prepared before the embargo ends. */
  @GET
  @Path("/{id}/export.{format:csv|xlsx|html}")
  public Response export(
      @PathParam("id") String id,
      @PathParam("format") String format,
      @HeaderParam("If-None-Match") String etag,
      @Context SecurityContext security) {
    var p =
        publications
            .find(id, Access.caller(security))
            .orElseThrow(() -> Params.notFound("publication.unknown", id));
    return Downloads.of(exports, p, format, etag, Downloads.Audience.OFFICE);
  }

  /** The period's publication deadline, or {@code null} if it cannot be read. */
  private java.time.LocalDate publishBy(vn.edudx.api.publication.Publication p) {
    try {
      return workflow.deadlines(p.snapshot().period()).publishBy();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
