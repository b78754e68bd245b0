package vn.edudx.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.Levels;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.Deadlines;
import vn.edudx.api.workflow.Transition;

/** What the assessment workflow endpoints read and answer. */
public final class WorkflowDTOs {

  private WorkflowDTOs() {}

  /** A unit's assessment of a period and where it stands. */
  public record AssessmentDTO(
      String unitCode,
      String period,
      ScoreDTO.SetRefDTO set,
      String state,
      TextDTO stateName,
      boolean external,
      Instant submittedAt,
      boolean late,
      String reason,
      Instant decidedAt,
      String decidedBy,
      Approved approved,
      long revision) {

    public static AssessmentDTO of(Assessment a, TextDTO stateName) {
      return new AssessmentDTO(
          a.unitCode(),
          a.period(),
          new ScoreDTO.SetRefDTO(a.setId(), a.setVersion()),
          a.state().name(),
          stateName,
          a.external(),
          a.submittedAt(),
          a.late(),
          a.reason(),
          a.decidedAt(),
          a.decidedBy(),
          a.approvedScore() == null
              ? null
              : new Approved(
                  a.approvedScore().total(),
                  a.approvedScore().groups().stream()
                      .map(
                          g ->
                              new ApprovedGroup(
                                  g.code(),
                                  g.points(),
                                  g.level(),
                                  g.level() == 0 ? null : TextDTO.of(Levels.name(g.level()))))
                      .toList()),
          a.revision());
    }
  }

  /** The result frozen at approval. */
  public record Approved(BigDecimal total, List<ApprovedGroup> groups) {}

  /** A group of the approved result. */
  public record ApprovedGroup(String code, BigDecimal points, int level, TextDTO levelName) {}

  /** One entry of the audit history. */
  public record TransitionDTO(
      String action,
      String from,
      String to,
      String actor,
      Instant at,
      String reason,
      String indicatorCode,
      String oldValue,
      String newValue) {
    public static TransitionDTO of(Transition t) {
      return new TransitionDTO(
          t.action().name(),
          t.from() == null ? null : t.from().name(),
          t.to() == null ? null : t.to().name(),
          t.actor(),
          t.at(),
          t.reason(),
          t.indicatorCode(),
          t.oldValue(),
          t.newValue());
    }
  }

  /** A stored value with where it came from. */
  public record ValueDTO(
      String indicatorCode,
      String value,
      String evidence,
      String note,
      String source,
      String origin,
      Integer row,
      Instant receivedAt,
      String receivedBy) {
    public static ValueDTO of(Observation o) {
      var p = o.provenance();
      return new ValueDTO(
          o.indicatorCode(),
          o.value(),
          o.evidence(),
          o.note(),
          p == null ? null : p.source(),
          p == null ? null : p.origin(),
          p == null ? null : p.row(),
          p == null ? null : p.receivedAt(),
          p == null ? null : p.receivedBy());
    }
  }

  /** {@code PUT …/values}. */
  public record Edits(List<Edit> values) {}

  /** One value typed in the form. */
  public record Edit(String indicatorCode, String value, String evidence, String note) {}

  /** A return or revocation. */
  public record Reason(String reason) {}

  /** A period's calendar. */
  public record DeadlinesDTO(String period, LocalDate submitBy, LocalDate publishBy) {
    public static DeadlinesDTO of(Deadlines d) {
      return new DeadlinesDTO(d.period(), d.submitBy(), d.publishBy());
    }
  }
}
