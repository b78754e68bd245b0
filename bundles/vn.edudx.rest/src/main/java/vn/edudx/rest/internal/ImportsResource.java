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
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.ImportProgress;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
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
 * <p>Everyone of the office but leadership, and schools, may upload. A caller bound to a unit (a
 * school, an office, a department) may send only the values of its area: the file is parsed first
 * ({@link IngestService#parseFile}) and every row's unit checked before anything is stored.
 */
@Path("/v1/imports")
@RolesAllowed(Access.OFFICE)
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  /** The largest upload: a province's whole year of self-assessments is a few MB as CSV. */
  static final int MAX_BYTES = 50 * 1024 * 1024;

  /** The longest file name kept as the delivery's origin. */
  static final int MAX_NAME = 200;

  /** Rows outside the caller's area listed, at most, in one refusal. */
  static final int MAX_PROBLEMS = 50;

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
   * Deliveries, newest first. A caller bound to a unit (a school, an office, a department) sees
   * only those it sent itself and those of others whose stored values all belong to units of its
   * area and that list no problem: a problem of someone else's delivery may quote any school's
   * value.
   */
  @GET
  @RolesAllowed({Access.OFFICE, Access.SCHOOL})
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
  @RolesAllowed({Access.OFFICE, Access.SCHOOL})
  public ImportDTO one(@PathParam("id") String id, @Context SecurityContext security) {
    long number = Params.optionalInt("id", id, 0, 1, Integer.MAX_VALUE);
    Caller caller = Access.caller(security);
    return observations
        .batch(number)
        .filter(b -> unbound(caller) || !new Visible(caller).filter(List.of(b)).isEmpty())
        .map(ImportDTO::of)
        .orElseThrow(() -> Params.notFound("import.unknown", id));
  }

  /**
   * The rows of a parsed file whose unit lies outside an area, each located at its unit cell; blank
   * units are left to the pipeline, which reports them.
   */
  private List<Problem> outsideTheArea(IncomingBatch parsed, String area) {
    Map<String, Boolean> covered = new HashMap<>();
    List<Problem> outside = new ArrayList<>();
    for (IncomingRow row : parsed.rows()) {
      Cell unit = row.unit();
      String code = unit.text().strip();
      // An unknown code is left to the pipeline, which reports it as not in the register.
      if (!code.isEmpty()
          && !covered.computeIfAbsent(
              code, c -> units.find(c).isEmpty() || units.covers(area, c))) {
        outside.add(
            Texts.MESSAGES.problem(
                "import.upload.other-unit",
                unit.header(),
                row.row(),
                unit.column() == 0 ? null : unit.column(),
                code,
                code,
                area));
      }
    }
    return outside;
  }

  /** Whether the caller's area is the whole register (no office bound). */
  private static boolean unbound(Caller caller) {
    return caller == null || caller.unitCode() == null;
  }

  /**
   * The deliveries a caller bound to an area may see, with the register read once per unit: its
   * own, and others' whose stored values all lie in its area and which list no problem (a problem
   * of a left-out row may quote any school's value).
   */
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
                      || (b.problems().isEmpty()
                          && stored.containsKey(b.id())
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
   *
   * <p>A school, and an office account bound to an office or a department, may upload only the
   * values of units of its area: the file is parsed first, every row's unit checked, and a file
   * with any other unit is refused whole (403, each such row located) before anything is stored.
   */
  @POST
  @RolesAllowed({Access.REVIEWER, Access.ADMIN, Access.SCHOOL})
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @QueryParam("file") String file,
      @QueryParam("acceptValidRows") String acceptValidRows,
      InputStream body,
      @Context SecurityContext security)
      throws IOException {
    Caller caller = Access.caller(security);
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
    Delivery delivery =
        new Delivery(
            SOURCE,
            caller != null && Access.has(caller, Access.SCHOOL) ? "school" : "office",
            name,
            content,
            clock.instant(),
            caller == null ? "system" : caller.username(),
            partial);
    IngestResult result;
    if (unbound(caller)) {
      result = pipeline.ingestFile(delivery);
    } else {
      IncomingBatch parsed = pipeline.parseFile(delivery, rows -> {});
      List<Problem> outside = outsideTheArea(parsed, caller.unitCode());
      if (!outside.isEmpty()) {
        throw new EduDxException(
            EduDxException.Kind.FORBIDDEN,
            outside.subList(0, Math.min(outside.size(), MAX_PROBLEMS)));
      }
      result = pipeline.ingest(parsed);
    }
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
