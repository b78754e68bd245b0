package vn.edudx.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
import vn.edudx.api.EduDxException;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.ImportProgress;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.security.Caller;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.rest.internal.dto.ImportDTO;
import vn.edudx.rest.internal.dto.ListDTO;

/**
 * {@code GET /api/v1/imports}: every delivery, newest first, with what became of it and why; and
 * {@code POST /api/v1/imports?file=NAME}: a file of observations uploaded over REST, through the
 * same pipeline as the drop folder.
 *
 * <p>Uploads are for office callers whose area is the whole register (no office bound), not for a
 * school nor for an office bound to an area. The pipeline parses and stores in one call ({@link
 * IngestService#ingestFile}) and its parser is not reachable through the API, so the rows' units
 * cannot be checked against the caller's school or area before anything is stored, and finding
 * another school's values only after they are stored is not acceptable. When the pipeline offers a
 * parse step, schools and bound offices can be let in with a check of every row first.
 */
@Path("/v1/imports")
@RolesAllowed(Access.OFFICE)
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  /** The largest upload: a province's whole year of self-assessments is a few MB as CSV. */
  static final int MAX_BYTES = 50 * 1024 * 1024;

  /** The longest file name kept as the delivery's origin. */
  static final int MAX_NAME = 200;

  /** The collector id recorded as the values' source. */
  static final String SOURCE = "upload";

  /** Deliveries looked at, at most, to fill one page for a caller bound to an area. */
  static final int MAX_SCANNED = 10_000;

  private final ObservationStore observations;
  private final UnitStore units;

  /** The pipeline, once the rule base has compiled a set; until then an upload is answered 503. */
  private final Supplier<IngestService> ingest;

  private final Clock clock;

  public ImportsResource(
      ObservationStore observations, UnitStore units, Supplier<IngestService> ingest, Clock clock) {
    this.observations = observations;
    this.units = units;
    this.ingest = ingest;
    this.clock = clock;
  }

  /**
   * Deliveries, newest first. A caller bound to an office or a department sees only those it sent
   * itself and those whose stored values all belong to units of its area: a rejected delivery of
   * someone else may hold any school's values in its problems.
   */
  @GET
  public ListDTO<ImportDTO> list(
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @Context SecurityContext security) {
    int from = Params.optionalInt("offset", offset, 0, 0, Integer.MAX_VALUE);
    int count = Params.optionalInt("limit", limit, 50, 1, 500);
    Caller caller = Access.caller(security);
    if (unbound(caller)) {
      return ListDTO.of(
          observations.batches(from, count).stream().map(ImportDTO::of).toList(), null);
    }
    Visible visible = new Visible(caller);
    List<ImportDTO> page = new ArrayList<>();
    int skipped = 0;
    for (int scanned = 0; scanned < MAX_SCANNED && page.size() < count; scanned += 200) {
      List<ImportBatch> chunk = observations.batches(scanned, 200);
      for (ImportBatch b : visible.filter(chunk)) {
        if (skipped++ >= from && page.size() < count) {
          page.add(ImportDTO.of(b));
        }
      }
      if (chunk.size() < 200) {
        break;
      }
    }
    return ListDTO.of(page, null);
  }

  /**
   * The deliveries the pipeline is working on now, oldest first, with their phase (reading,
   * checking, storing, rescoring) and counts: what a page polls while a large file is imported. An
   * empty list while the pipeline is not ready; a caller bound to an area sees only its own.
   */
  @GET
  @Path("/running")
  public ListDTO<ImportProgress> running(@Context SecurityContext security) {
    IngestService pipeline = ingest.get();
    Caller caller = Access.caller(security);
    List<ImportProgress> all = pipeline == null ? List.of() : pipeline.running();
    return ListDTO.of(
        unbound(caller)
            ? all
            : all.stream().filter(p -> caller.username().equals(p.receivedBy())).toList(),
        null);
  }

  @GET
  @Path("/{id}")
  public ImportDTO one(@PathParam("id") String id, @Context SecurityContext security) {
    long number = Params.optionalInt("id", id, 0, 1, Integer.MAX_VALUE);
    Caller caller = Access.caller(security);
    return observations
        .batch(number)
        .filter(b -> unbound(caller) || !new Visible(caller).filter(List.of(b)).isEmpty())
        .map(ImportDTO::of)
        .orElseThrow(() -> Params.notFound("import.unknown", id));
  }

  /** Whether the caller's area is the whole register (no office bound). */
  private static boolean unbound(Caller caller) {
    return caller == null || caller.unitCode() == null;
  }

  /** The deliveries a caller bound to an area may see, with the register read once per unit. */
  private final class Visible {
    private final Caller caller;
    private final Map<String, Boolean> covered = new HashMap<>();

    Visible(Caller caller) {
      this.caller = caller;
    }

    List<ImportBatch> filter(List<ImportBatch> batches) {
      Map<Long, Set<String>> stored =
          observations.unitsStoredBy(batches.stream().map(ImportBatch::id).toList());
      return batches.stream()
          .filter(
              b ->
                  caller.username().equals(b.header().receivedBy())
                      || (stored.containsKey(b.id())
                          && stored.get(b.id()).stream().allMatch(this::covers)))
          .toList();
    }

    private boolean covers(String unit) {
      return covered.computeIfAbsent(unit, u -> units.covers(caller.unitCode(), u));
    }
  }

  /**
   * Uploads a file of observations (the body, any media type): 201 with the delivery when stored,
   * 200 with {@code duplicate: true} when the same content was delivered before, 422 with every
   * problem when rejected; 400 for a bad name, 413 above {@link #MAX_BYTES}.
   */
  @POST
  @RolesAllowed({Access.REVIEWER, Access.ADMIN})
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @QueryParam("file") String file,
      @QueryParam("acceptValidRows") String acceptValidRows,
      InputStream body,
      @Context SecurityContext security)
      throws IOException {
    Caller caller = Access.caller(security);
    if (caller != null && caller.unitCode() != null) {
      throw new EduDxException(
          EduDxException.Kind.FORBIDDEN,
          Texts.MESSAGES.problem(
              "import.upload.area", null, null, null, null, caller.username(), caller.unitCode()));
    }
    String name = fileName(file);
    boolean partial = Params.optionalBoolean("acceptValidRows", acceptValidRows);
    byte[] content = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
    if (content.length > MAX_BYTES) {
      return Errors.answer(
          413,
          Texts.title(413),
          List.of(
              Texts.MESSAGES.problem(
                  "import.upload.too-large", "body", null, null, null, MAX_BYTES / (1024 * 1024))));
    }
    IngestService pipeline = ingest.get();
    if (pipeline == null) {
      throw new EduDxException(
          EduDxException.Kind.UNAVAILABLE,
          Texts.MESSAGES.problem("push.not-ready", null, null, null, null));
    }
    IngestResult result =
        pipeline.ingestFile(
            new Delivery(
                SOURCE,
                "office",
                name,
                content,
                clock.instant(),
                caller == null ? "system" : caller.username(),
                partial));
    ImportBatch b = result.batch();
    ImportDTO dto = ImportDTO.of(b);
    return switch (b.status()) {
      case ACCEPTED ->
          Response.status(Response.Status.CREATED)
              .location(UriBuilder.fromPath("/api/v1/imports/{id}").build(b.id()))
              .entity(dto)
              .build();
      case DUPLICATE -> Response.ok(dto).build();
      case REJECTED -> Response.status(422).entity(dto).build();
    };
  }

  /**
   * The file name as given, refused (400, at {@code file}) when missing, longer than {@value
   * #MAX_NAME} characters, with a path or with control characters: it is shown to people and kept
   * as the delivery's origin, never used as a path.
   */
  static String fileName(String file) {
    String name = Params.required("file", file, "?file=truong-th01-2024-2025.csv");
    boolean control =
        name.codePoints()
            .map(Character::getType)
            .anyMatch(
                t ->
                    t == Character.CONTROL
                        || t == Character.FORMAT
                        || t == Character.LINE_SEPARATOR
                        || t == Character.PARAGRAPH_SEPARATOR);
    boolean path = name.contains("/") || name.contains("\\") || name.contains("..");
    if (control || path || name.length() > MAX_NAME) {
      throw Params.invalid(
          "import.upload.name",
          "file",
          control ? null : name.substring(0, Math.min(name.length(), MAX_NAME)),
          MAX_NAME);
    }
    return name;
  }
}
