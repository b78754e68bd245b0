package vn.edudx.store.jpa.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;

/**
 * A value received for a unit, period and indicator; every value ever received is kept. Values are
 * read through JPA but written in bulk through JDBC ({@link ObservationWriter}), which names the
 * table, its columns and its id generator by the constants below.
 */
@Entity
@Table(
    name = ObservationEntity.TABLE,
    indexes = {
      @Index(name = "EDUDX_OBS_UNIT", columnList = "PERIOD,UNIT_CODE,INDICATOR_CODE"),
      @Index(name = "EDUDX_OBS_BATCH", columnList = "BATCH_ID")
    })
public class ObservationEntity {

  static final String TABLE = "EDUDX_OBSERVATION";
  static final String IDS = "EDUDX_OBS_IDS";
  static final String SEQUENCE_TABLE = "EDUDX_SEQUENCE";
  // EclipseLink's defaults, spelled out because the JDBC writer reserves ids with them too.
  static final String SEQUENCE_NAME = "SEQ_NAME";
  static final String SEQUENCE_COUNT = "SEQ_COUNT";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
  @TableGenerator(
      name = IDS,
      table = SEQUENCE_TABLE,
      pkColumnName = SEQUENCE_NAME,
      valueColumnName = SEQUENCE_COUNT,
      pkColumnValue = IDS,
      allocationSize = 500)
  @Column(name = "ID")
  private long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "BATCH_ID", nullable = false)
  private BatchEntity batch;

  @Column(name = "UNIT_CODE", length = 32, nullable = false)
  private String unitCode;

  @Column(name = "PERIOD", length = 16, nullable = false)
  private String period;

  @Column(name = "INDICATOR_CODE", length = 64, nullable = false)
  private String indicatorCode;

  @Column(name = "VALUE_TEXT", length = Observation.MAX_TEXT, nullable = false)
  private String value;

  @Column(name = "EVIDENCE", length = Observation.MAX_TEXT)
  private String evidence;

  @Column(name = "NOTE", length = Observation.MAX_TEXT)
  private String note;

  @Column(name = "SOURCE_ROW")
  private Integer row;

  protected ObservationEntity() {}

  ObservationEntity(BatchEntity batch, NewObservation o) {
    this.batch = batch;
    this.unitCode = o.unitCode();
    this.period = o.period();
    this.indicatorCode = o.indicatorCode();
    this.value = o.value();
    this.evidence = o.evidence();
    this.note = o.note();
    this.row = o.row();
  }

  String unitCode() {
    return unitCode;
  }

  String indicatorCode() {
    return indicatorCode;
  }

  Observation toObservation() {
    var h = batch.header();
    return new Observation(
        id,
        unitCode,
        period,
        indicatorCode,
        value,
        evidence,
        note,
        new Provenance(
            batch.id(), h.source(), h.instance(), h.origin(), row, h.receivedAt(), h.receivedBy()));
  }
}
