package vn.edudx.rest.internal;

import java.time.Clock;
import java.util.Optional;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import vn.edudx.api.publication.Exports;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.PublicationService;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.workflow.AssessmentService;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.PublicationDTOs;

/**
 * The public, read-only API: publications whose embargo has passed, and nothing else. A snapshot
 * never changes, so everything read from one is served with its checksum as ETag and cached as
 * immutable; only the list, which gains corrections, is revalidated.
 */
@Path("/v1/public/publications")
@PermitAll
public class PublicResource {

  static final String PUBLIC_BASE = "/api/v1/public/publications/";
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  private final PublicationService publications;
  private final Exports exports;
  private final AssessmentService workflow;
  private final Clock clock;

  public PublicResource(
      PublicationService publications, Exports exports, AssessmentService workflow, Clock clock) {
    this.publications = publications;
    this.exports = exports;
    this.workflow = workflow;
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    var now = clock.instant();
    var list =
        publications.list(null).stream()
            .map(p -> PublicationDTOs.Summary.of(p, now, PUBLIC_BASE, publishBy(p)))
            .toList();
    return Response.ok(ListDTO.of(list, null))
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  /** The snapshot exactly as published, byte for byte: its SHA-256 is the ETag. */
  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response one(@PathParam("id") String id, @HeaderParam("If-None-Match") String etag) {
    Publication p = visible(id);
    return cached(p, etag).orElseGet(() -> immutable(Response.ok(p.json(), JSON), p));
  }

  /** One ranking of the snapshot: a category ({@code level}) and a figure ({@code by}). */
  @GET
  @Path("/{id}/rankings")
  @Produces(MediaType.APPLICATION_JSON)
  public Response rankings(
      @PathParam("id") String id,
      @QueryParam("level") String level,
      @QueryParam("by") String by,
      @HeaderParam("If-None-Match") String etag) {
    Publication p = visible(id);
    SchoolLevel category = Params.optionalEnum("level", level, SchoolLevel.class);
    String figure = by == null || by.isBlank() ? RankingService.BY_TOTAL : by.strip();
    Ranking r =
        p.snapshot().rankings().stream()
            .filter(x -> x.level() == category && x.by().equals(figure))
            .findFirst()
            .orElseThrow(
                () ->
                    Params.notFound(
                        "publication.ranking.unknown", id, level == null ? "*" : level, figure));
    return cached(p, etag).orElseGet(() -> immutable(Response.ok(r, JSON), p));
  }

  /** A school's page: its approved score with every point explained. */
  @GET
  @Path("/{id}/units/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response unit(
      @PathParam("id") String id,
      @PathParam("code") String code,
      @HeaderParam("If-None-Match") String etag) {
    Publication p = visible(id);
    var u =
        p.snapshot().units().stream()
            .filter(x -> x.unitCode().equals(code))
            .findFirst()
            .orElseThrow(() -> Params.notFound("publication.unit.unknown", id, code));
    return cached(p, etag).orElseGet(() -> immutable(Response.ok(u, JSON), p));
  }

  /** CSV, XLSX or the press-ready HTML page; see {@link Downloads} for their caching. */
  @GET
  @Path("/{id}/export.{format:csv|xlsx|html}")
  public Response export(
      @PathParam("id") String id,
      @PathParam("format") String format,
      @HeaderParam("If-None-Match") String etag) {
    return Downloads.of(exports, visible(id), format, etag, Downloads.Audience.PUBLIC);
  }

  /** A publication the public may read now; an embargoed one is as unknown as a missing one. */
  private Publication visible(String id) {
    return publications
        .find(id, null)
        .orElseThrow(() -> Params.notFound("publication.unknown", id));
  }

  private static Optional<Response> cached(Publication p, String etag) {
    return etag != null && etag.contains(p.checksum())
        ? Optional.of(immutable(Response.notModified(), p))
        : Optional.empty();
  }

  private static Response immutable(Response.ResponseBuilder r, Publication p) {
    return r.header("ETag", '"' + p.checksum() + '"').header("Cache-Control", IMMUTABLE).build();
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
