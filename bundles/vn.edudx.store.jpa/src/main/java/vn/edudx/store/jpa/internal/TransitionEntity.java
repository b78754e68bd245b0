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
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.workflow.Action;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.Transition;

/** One entry of an assessment's audit history; entries are only ever added. */
@Entity
@Table(
    name = "EDUDX_TRANSITION",
    indexes = @Index(name = "EDUDX_TRANSITION_UNIT", columnList = "UNIT_CODE,PERIOD,SET_ID"))
public class TransitionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "EDUDX_TRANSITION_IDS")
  @TableGenerator(name = "EDUDX_TRANSITION_IDS", table = "EDUDX_SEQUENCE", allocationSize = 100)
  @Column(name = "ID")
  private long id;

  @Column(name = "UNIT_CODE", length = 32, nullable = false)
  private String unitCode;

  @Column(name = "PERIOD", length = 16, nullable = false)
  private String period;

  @Column(name = "SET_ID", length = 64, nullable = false)
  private String setId;

  @Enumerated(EnumType.STRING)
  @Column(name = "ACTION_NAME", length = 16, nullable = false)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "FROM_STATE", length = 16)
  private AssessmentState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "TO_STATE", length = 16, nullable = false)
  private AssessmentState to;

  @Column(name = "ACTOR", length = 128, nullable = false)
  private String actor;

  @Column(name = "HAPPENED_AT", nullable = false)
  private Instant at;

  @Column(name = "REASON", length = AssessmentEntity.MAX_REASON)
  private String reason;

  @Column(name = "INDICATOR_CODE", length = 64)
  private String indicatorCode;

  @Column(name = "OLD_VALUE", length = Observation.MAX_TEXT)
  private String oldValue;

  @Column(name = "NEW_VALUE", length = Observation.MAX_TEXT)
  private String newValue;

  protected TransitionEntity() {}

  /** An entry of the assessment named by unit, period and set (whatever {@code t} names). */
  TransitionEntity(String unitCode, String period, String setId, Transition t) {
    this.unitCode = unitCode;
    this.period = period;
    this.setId = setId;
    this.action = t.action();
    this.from = t.from();
    this.to = t.to();
    this.actor = t.actor();
    this.at = t.at();
    this.reason = t.reason();
    this.indicatorCode = t.indicatorCode();
    this.oldValue = t.oldValue();
    this.newValue = t.newValue();
  }

  Transition toTransition() {
    return new Transition(
        id,
        unitCode,
        period,
        setId,
        action,
        from,
        to,
        actor,
        at,
        reason,
        indicatorCode,
        oldValue,
        newValue);
  }
}
