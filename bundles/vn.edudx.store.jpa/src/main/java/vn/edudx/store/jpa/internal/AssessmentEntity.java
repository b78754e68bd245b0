package vn.edudx.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;

/**
 * A unit's assessment for a period and set, one row each; the approved score is kept whole as JSON
 * (with the time it was computed), because it is the frozen result and never recomputed.
 */
@Entity
@Table(
    name = "EDUDX_ASSESSMENT",
    uniqueConstraints =
        @UniqueConstraint(
            name = "EDUDX_ASSESSMENT_UNIT",
            columnNames = {"UNIT_CODE", "PERIOD", "SET_ID"}),
    indexes = @Index(name = "EDUDX_ASSESSMENT_STATE", columnList = "PERIOD,STATE"))
public class AssessmentEntity {

  /** The longest reason a return or revocation may give (the column's size). */
  static final int MAX_REASON = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "EDUDX_ASSESSMENT_IDS")
  @TableGenerator(name = "EDUDX_ASSESSMENT_IDS", table = "EDUDX_SEQUENCE", allocationSize = 50)
  @Column(name = "ID")
  private long id;

  @Column(name = "UNIT_CODE", length = 32, nullable = false)
  private String unitCode;

  @Column(name = "PERIOD", length = 16, nullable = false)
  private String period;

  @Column(name = "SET_ID", length = 64, nullable = false)
  private String setId;

  @Column(name = "SET_VERSION", nullable = false)
  private int setVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", length = 16, nullable = false)
  private AssessmentState state;

  // EXTERNAL is a reserved word in Derby.
  @Column(name = "IS_EXTERNAL", nullable = false)
  private boolean external;

  @Column(name = "SUBMITTED_AT")
  private Instant submittedAt;

  @Column(name = "IS_LATE", nullable = false)
  private boolean late;

  @Column(name = "REASON", length = MAX_REASON)
  private String reason;

  @Column(name = "DECIDED_AT")
  private Instant decidedAt;

  @Column(name = "DECIDED_BY", length = 128)
  private String decidedBy;

  @Lob
  @Column(name = "APPROVED_SCORE")
  private String approvedScoreJson;

  @Column(name = "REVISION", nullable = false)
  private long revision;

  protected AssessmentEntity() {}

  AssessmentEntity(String unitCode, String period, String setId) {
    this.unitCode = unitCode;
    this.period = period;
    this.setId = setId;
  }

  /** Takes every changeable field of {@code a}, with the given revision. */
  void update(Assessment a, String approvedScoreJson, long revision) {
    this.setVersion = a.setVersion();
    this.state = a.state();
    this.external = a.external();
    this.submittedAt = a.submittedAt();
    this.late = a.late();
    this.reason = a.reason();
    this.decidedAt = a.decidedAt();
    this.decidedBy = a.decidedBy();
    this.approvedScoreJson = approvedScoreJson;
    this.revision = revision;
  }

  long revision() {
    return revision;
  }

  Assessment toAssessment(Json json) {
    return new Assessment(
        unitCode,
        period,
        setId,
        setVersion,
        state,
        external,
        submittedAt,
        late,
        reason,
        decidedAt,
        decidedBy,
        approvedScoreJson == null ? null : json.score(approvedScoreJson),
        revision);
  }
}
