package vn.edudx.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.edudx.api.Period;
import vn.edudx.api.collect.SelfAssessmentWorkbooks;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.indicator.SetVersion;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.security.Caller;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.workflow.AssessmentService;
import vn.edudx.rest.internal.dto.DryRunDTO;
import vn.edudx.rest.internal.dto.IndicatorSetDTO;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.SetVersionDTO;

/**
 * {@code /api/v1/indicator-sets}: the sets in use with their criteria, and the life of their
 * versions: upload a draft, read its generated rules, dry-run it on a period, activate it for a
 * period, retire it.
 */
@Path("/v1/indicator-sets")
@RolesAllowed(Access.SIGNED_IN)
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorSetsResource {

  /** The media type of an XLSX workbook. */
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Definitions are small: a whole MOET set is about 50 KB as JSON. */
  static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

  /** Who acts, until users exist (issue 5): the API is reachable only on the loopback. */
  /** The actor recorded if no user is known (never, since these methods need a sign-in). */
  static final String ACTOR = "api";

  private final IndicatorSetRegistry registry;
  private final IndicatorSetAdmin admin;
  private final Workbooks workbooks;

  /** What the self-assessment workbook is made from: the school, its values, the deadline. */
  record Workbooks(
      UnitStore units,
      ObservationStore observations,
      AssessmentService workflow,
      SelfAssessmentWorkbooks templates) {}

  public IndicatorSetsResource(
      IndicatorSetRegistry registry, IndicatorSetAdmin admin, Workbooks workbooks) {
    this.registry = registry;
    this.admin = admin;
    this.workbooks = workbooks;
  }

  @GET
  public ListDTO<IndicatorSetDTO> list() {
    return ListDTO.of(
        registry.sets().stream()
            .sorted(Comparator.comparing(s -> s.id()))
            .map(IndicatorSetDTO::of)
            .toList(),
        null);
  }

  @GET
  @Path("/{id}")
  public IndicatorSetDTO one(@PathParam("id") String id) {
    return registry
        .find(id)
        .map(IndicatorSetDTO::of)
        .orElseThrow(() -> Params.notFound("set.unknown", id));
  }

  /** Every stored version of a set, with the periods each one scores. */
  @GET
  @Path("/{id}/versions")
  public ListDTO<SetVersionDTO> versions(@PathParam("id") String id) {
    List<Activation> activations = admin.activations();
    List<SetVersionDTO> list =
        admin.versions().stream()
            .filter(v -> v.id().equals(id))
            .map(v -> SetVersionDTO.of(v, activations))
            .toList();
    if (list.isEmpty()) {
      throw Params.notFound("set.unknown", id);
    }
    return ListDTO.of(list, null);
  }

  @GET
  @Path("/{id}/versions/{version}")
  public IndicatorSetDTO version(@PathParam("id") String id, @PathParam("version") String version) {
    return IndicatorSetDTO.of(admin.definition(id, number(version)));
  }

  /**
   * The version's definition in the upload format (JSON): download, edit, change the version
   * number, upload as a draft.
   */
  @GET
  @Path("/{id}/versions/{version}/definition")
  public Response definition(@PathParam("id") String id, @PathParam("version") String version) {
    int v = number(version);
    return Response.ok(admin.definition(id, v), MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"" + id + "-v" + v + ".json\"")
        .build();
  }

  /** The Drools rules generated from a version, as text, for audit. */
  @GET
  @Path("/{id}/versions/{version}/drl")
  @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
  public String drl(@PathParam("id") String id, @PathParam("version") String version) {
    return admin.drl(id, number(version));
  }

  /** The version as a workbook office staff can edit and upload again. */
  @GET
  @Path("/{id}/versions/{version}/workbook")
  @Produces(XLSX)
  public Response workbook(@PathParam("id") String id, @PathParam("version") String version) {
    int v = number(version);
    return Response.ok(admin.workbook(id, v), XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + id + "-v" + v + ".xlsx\"")
        .build();
  }

  /**
   * The self-assessment workbook of one school (or authority) and period, prefilled with its
   * current values, to fill in Excel and send back by the drop folder or {@code POST /imports}. A
   * school gets its own only, an office the units of its area; any other unit is unknown (404).
   * Without {@code unit}, an office gets one workbook for every unit of its area the set covers (of
   * one {@code level} if given), for a clerk who fills in many schools.
   */
  @GET
  @Path("/{id}/template.xlsx")
  @RolesAllowed(Access.SIGNED_IN)
  @Produces(XLSX)
  public Response template(
      @PathParam("id") String id,
      @QueryParam("unit") String unit,
      @QueryParam("period") String period,
      @QueryParam("level") String level,
      @Context SecurityContext security) {
    Caller caller = Access.caller(security);
    if ((unit == null || unit.isBlank()) && (caller == null || !caller.isOffice())) {
      Params.required("unit", unit, "?unit=NN-TH-01&period=2024-2025");
    }
    Period p = Params.period(period);
    UnitStore units = workbooks.units();
    if (unit == null || unit.isBlank()) {
      return officeTemplate(id, p, Params.optionalEnum("level", level, SchoolLevel.class), caller);
    }
    String code = unit.strip();
    OrgUnit u =
        units
            .find(code)
            .filter(
                x ->
                    caller != null
                        && (caller.isOffice()
                            ? units.covers(caller.unitCode(), x.code())
                            : caller.maySee(x.code())))
            .orElseThrow(() -> Params.notFound("unit.unknown", code));
    IndicatorSet set = registry.find(id).orElseThrow(() -> Params.notFound("set.unknown", id));
    if (!set.covers(u)) {
      throw Params.invalid("template.unit.not-covered", "unit", code, id, code);
    }
    byte[] xlsx =
        workbooks
            .templates()
            .template(
                set,
                u,
                p.code(),
                deadline(p),
                workbooks.observations().current(p.code(), List.of(u.code())));
    return download(xlsx, "tu-danh-gia-" + u.code() + "-" + p.code());
  }

  /**
   * The most rows an office workbook may have: as many as the import reads back from one sheet
   * (XlsxObservationParser's limit), so a workbook EduDX hands out can always be sent back.
   */
  static final long MAX_TEMPLATE_ROWS = 100_000;

  private Response officeTemplate(String id, Period p, SchoolLevel level, Caller caller) {
    IndicatorSet set = registry.find(id).orElseThrow(() -> Params.notFound("set.unknown", id));
    UnitStore units = workbooks.units();
    Map<String, OrgUnit> all =
        units.list(null, null).stream()
            .collect(Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a));
    List<OrgUnit> covered =
        all.values().stream()
            .filter(
                u ->
                    UnitStore.covers(
                        caller.unitCode(), u.code(), c -> Optional.ofNullable(all.get(c))))
            .filter(u -> set.covers(u) && u.activeIn(p))
            .filter(u -> level == null || u.level() == level)
            .sorted(Comparator.comparing(OrgUnit::code))
            .toList();
    if (covered.isEmpty()) {
      throw Params.notFound("template.no-units", id, p.code());
    }
    long rows = (long) covered.size() * set.indicators().size();
    if (rows > MAX_TEMPLATE_ROWS) {
      throw Params.invalid(
          "template.too-many",
          "level",
          level == null ? null : level.name(),
          covered.size(),
          rows,
          MAX_TEMPLATE_ROWS);
    }
    String area = caller.unitCode() == null ? "" : caller.unitCode();
    byte[] xlsx =
        workbooks
            .templates()
            .officeTemplate(
                set,
                area,
                covered,
                p.code(),
                deadline(p),
                workbooks
                    .observations()
                    .current(p.code(), covered.stream().map(OrgUnit::code).toList()));
    return download(xlsx, "tu-danh-gia-" + (area.isEmpty() ? "tat-ca" : area) + "-" + p.code());
  }

  private LocalDate deadline(Period p) {
    return workbooks.workflow().deadlines(p.code()).submitBy();
  }

  private static Response download(byte[] xlsx, String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok(xlsx, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + safe + ".xlsx\"")
        .build();
  }

  /**
   * Uploads a definition (JSON or XLSX) as a draft. Every problem comes back at once, each with its
   * place in the file.
   */
  @POST
  @RolesAllowed(Access.ADMIN)
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @QueryParam("file") String file, InputStream body, @Context SecurityContext security)
      throws IOException {
    byte[] content = read(body);
    String name = file == null || file.isBlank() ? "upload" : file.strip();
    SetVersion saved = admin.upload(name, content, actor(security));
    return Response.status(Response.Status.CREATED)
        .entity(SetVersionDTO.of(saved, admin.activations()))
        .build();
  }

  /** Scores a period with a version and compares it with the scores in force; stores nothing. */
  @POST
  @RolesAllowed(Access.ADMIN)
  @Path("/{id}/versions/{version}/dry-run")
  public DryRunDTO dryRun(
      @PathParam("id") String id,
      @PathParam("version") String version,
      @QueryParam("period") String period) {
    return DryRunDTO.of(admin.dryRun(id, number(version), Params.period(period).code()));
  }

  /** Makes a version the one that scores a period, and rescores the period with it. */
  @POST
  @RolesAllowed(Access.ADMIN)
  @Path("/{id}/versions/{version}/activate")
  public SetVersionDTO.ActivationDTO activate(
      @PathParam("id") String id,
      @PathParam("version") String version,
      @QueryParam("period") String period,
      @Context SecurityContext security) {
    return SetVersionDTO.ActivationDTO.of(
        admin.activate(id, number(version), Params.period(period).code(), actor(security)));
  }

  /** Stops offering a version for new periods; what it scored stays. */
  @POST
  @RolesAllowed(Access.ADMIN)
  @Path("/{id}/versions/{version}/retire")
  public SetVersionDTO retire(
      @PathParam("id") String id,
      @PathParam("version") String version,
      @Context SecurityContext security) {
    return SetVersionDTO.of(
        admin.retire(id, number(version), actor(security)), admin.activations());
  }

  /** Who did it, as recorded beside the version: the signed-in user. */
  private static String actor(SecurityContext security) {
    var caller = Access.caller(security);
    return caller == null ? ACTOR : caller.username();
  }

  private static int number(String version) {
    return Params.optionalInt("version", version, 0, 1, Integer.MAX_VALUE);
  }

  private static byte[] read(InputStream body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = body.read(buffer)) >= 0) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_UPLOAD_BYTES) {
        throw Params.invalid(
            "set.upload.too-large", "body", null, MAX_UPLOAD_BYTES / (1024 * 1024));
      }
    }
    return out.toByteArray();
  }
}
