package vn.edudx.rest.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import vn.edudx.api.Period;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.security.Caller;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentService;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.ValueEdit;
import vn.edudx.rest.internal.dto.ListDTO;
import vn.edudx.rest.internal.dto.WorkflowDTOs;

/**
 * The evaluation workflow: a school fills in and submits its self-assessment; the office returns it
 * with a reason, approves it, revokes an approval, or evaluates externally. Who may do what is
 * checked by the workflow service for every call; a school asking about another school gets 404.
 */
@Path("/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

  private static final String EDITS_EXAMPLE =
      "{\"values\":[{\"indicatorCode\":\"4725.1.1\",\"value\":\"có\",\"evidence\":\"https://...\","
          + "\"note\":\"...\"}]}";

  private final AssessmentService workflow;
  private final ObservationStore observations;

  public AssessmentsResource(AssessmentService workflow, ObservationStore observations) {
    this.workflow = workflow;
    this.observations = observations;
  }

  @GET
  @RolesAllowed(Access.OFFICE)
  public ListDTO<WorkflowDTOs.AssessmentDTO> list(
      @QueryParam("period") String period,
      @QueryParam("state") String state,
      @Context SecurityContext security) {
    Period p = Params.period(period);
    AssessmentState s = Params.optionalEnum("state", state, AssessmentState.class);
    return ListDTO.of(
        workflow.list(p.code(), s, caller(security)).stream()
            .map(AssessmentsResource::dto)
            .toList(),
        null);
  }

  @GET
  @Path("/deadlines")
  @RolesAllowed(Access.SIGNED_IN)
  public WorkflowDTOs.DeadlinesDTO deadlines(@QueryParam("period") String period) {
    return WorkflowDTOs.DeadlinesDTO.of(workflow.deadlines(Params.period(period).code()));
  }

  @GET
  @Path("/{unit}/{period}")
  @RolesAllowed(Access.SIGNED_IN)
  public WorkflowDTOs.AssessmentDTO one(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      @Context SecurityContext security) {
    return dto(workflow.get(unit, Params.period(period).code(), caller(security)));
  }

  /** The unit's current values, each with where it came from. */
  @GET
  @Path("/{unit}/{period}/values")
  @RolesAllowed(Access.SIGNED_IN)
  public ListDTO<WorkflowDTOs.ValueDTO> values(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      @Context SecurityContext security) {
    String p = Params.period(period).code();
    workflow.get(unit, p, caller(security)); // checks that the caller may see the unit
    return ListDTO.of(
        observations.current(p, List.of(unit)).stream().map(WorkflowDTOs.ValueDTO::of).toList(),
        null);
  }

  /** Every value ever received for one indicator, newest first: the history of a value. */
  @GET
  @Path("/{unit}/{period}/values/{indicator}/history")
  @RolesAllowed(Access.SIGNED_IN)
  public ListDTO<WorkflowDTOs.ValueDTO> valueHistory(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      @PathParam("indicator") String indicator,
      @Context SecurityContext security) {
    String p = Params.period(period).code();
    workflow.get(unit, p, caller(security));
    return ListDTO.of(
        observations.history(unit, p, indicator).stream().map(WorkflowDTOs.ValueDTO::of).toList(),
        null);
  }

  @PUT
  @Path("/{unit}/{period}/values")
  @RolesAllowed(Access.SIGNED_IN)
  @Consumes(MediaType.APPLICATION_JSON)
  public WorkflowDTOs.AssessmentDTO edit(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      WorkflowDTOs.Edits body,
      @Context SecurityContext security) {
    if (body == null || body.values() == null || body.values().isEmpty()) {
      throw Params.invalid("param.required", "values", null, "values", EDITS_EXAMPLE);
    }
    List<ValueEdit> edits =
        body.values().stream()
            .map(e -> new ValueEdit(e.indicatorCode(), e.value(), e.evidence(), e.note()))
            .toList();
    return dto(workflow.edit(unit, Params.period(period).code(), edits, caller(security)));
  }

  @POST
  @Path("/{unit}/{period}/submit")
  @RolesAllowed(Access.SCHOOL)
  public WorkflowDTOs.AssessmentDTO submit(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      @Context SecurityContext security) {
    return dto(workflow.submit(unit, Params.period(period).code(), caller(security)));
  }

  @POST
  @Path("/{unit}/{period}/return")
  @RolesAllowed({Access.ADMIN, Access.REVIEWER})
  @Consumes(MediaType.APPLICATION_JSON)
  public WorkflowDTOs.AssessmentDTO returnToSchool(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      WorkflowDTOs.Reason body,
      @Context SecurityContext security) {
    return dto(
        workflow.returnToSchool(
            unit, Params.period(period).code(), reason(body), caller(security)));
  }

  @POST
  @Path("/{unit}/{period}/approve")
  @RolesAllowed({Access.ADMIN, Access.REVIEWER})
  public WorkflowDTOs.AssessmentDTO approve(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      @Context SecurityContext security) {
    return dto(workflow.approve(unit, Params.period(period).code(), caller(security)));
  }

  @POST
  @Path("/{unit}/{period}/revoke")
  @RolesAllowed({Access.ADMIN, Access.REVIEWER})
  @Consumes(MediaType.APPLICATION_JSON)
  public WorkflowDTOs.AssessmentDTO revoke(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      WorkflowDTOs.Reason body,
      @Context SecurityContext security) {
    return dto(workflow.revoke(unit, Params.period(period).code(), reason(body), caller(security)));
  }

  @POST
  @Path("/{unit}/{period}/external")
  @RolesAllowed({Access.ADMIN, Access.REVIEWER})
  public WorkflowDTOs.AssessmentDTO external(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      @Context SecurityContext security) {
    return dto(workflow.startExternal(unit, Params.period(period).code(), caller(security)));
  }

  @GET
  @Path("/{unit}/{period}/history")
  @RolesAllowed(Access.SIGNED_IN)
  public ListDTO<WorkflowDTOs.TransitionDTO> history(
      @PathParam("unit") String unit,
      @PathParam("period") String period,
      @Context SecurityContext security) {
    return ListDTO.of(
        workflow.history(unit, Params.period(period).code(), caller(security)).stream()
            .map(WorkflowDTOs.TransitionDTO::of)
            .toList(),
        null);
  }

  private static Caller caller(SecurityContext security) {
    return Access.caller(security);
  }

  /** The reason as sent; the workflow says clearly when it is missing. */
  private static String reason(WorkflowDTOs.Reason body) {
    return body == null ? null : body.reason();
  }

  static WorkflowDTOs.AssessmentDTO dto(Assessment a) {
    return WorkflowDTOs.AssessmentDTO.of(a, Texts.text("assessment.state." + a.state().name()));
  }
}
