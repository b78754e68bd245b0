package vn.edudx.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A plan publication as stored: the snapshot's exact bytes, which its checksum covers and which no
 * update ever touches, beside the few columns that lists, supersession and the one-current rule
 * need.
 */
@Entity
@Table(
    name = "EDUDX_PLAN_PUBLICATION",
    // Of a plan, year and area: one first publication, and one correction of each publication,
    // even if two leaders press the button at the same moment (see subjectKey).
    uniqueConstraints =
        @UniqueConstraint(
            name = "EDUDX_PLAN_PUBLICATION_SUBJECT",
            columnNames = {"SUBJECT_KEY"}),
    indexes = @Index(name = "EDUDX_PLAN_PUBLICATION_APPROVED", columnList = "APPROVED_AT"))
public class PlanPublicationEntity {

  /** What {@link #subjectKey} ends with for a publication that supersedes none. */
  static final String FIRST = "FIRST";

  @Id
  @Column(name = "ID", length = 32)
  private String id;

  @Column(name = "PLAN_ID", length = 100, nullable = false, updatable = false)
  private String planId;

  @Column(name = "PLAN_YEAR", nullable = false, updatable = false)
  private int year;

  @Column(name = "AREA", length = 32, updatable = false)
  private String area;

  /** {@code planId|year|area|supersedes}, with {@code *} for no area and {@link #FIRST}. */
  @Column(name = "SUBJECT_KEY", length = 200, nullable = false, updatable = false)
  private String subjectKey;

  @Column(name = "APPROVED_AT", nullable = false, updatable = false)
  private Instant approvedAt;

  @Column(name = "EMBARGO_UNTIL", nullable = false, updatable = false)
  private Instant embargoUntil;

  @Column(name = "CHECKSUM", length = 64, nullable = false, updatable = false)
  private String checksum;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  @Column(
      name = "SNAPSHOT",
      length = PublicationEntity.MAX_SNAPSHOT_BYTES,
      nullable = false,
      updatable = false)
  private byte[] snapshot;

  @Column(name = "SUPERSEDES", length = 32, updatable = false)
  private String supersedes;

  @Column(name = "SUPERSEDED_BY", length = 32)
  private String supersededBy;

  @Column(name = "SUPERSEDED_AT")
  private Instant supersededAt;

  protected PlanPublicationEntity() {}

  PlanPublicationEntity(
      String id,
      String planId,
      int year,
      String area,
      Instant approvedAt,
      Instant embargoUntil,
      String checksum,
      byte[] snapshot,
      String supersedes) {
    this.id = id;
    this.planId = planId;
    this.year = year;
    this.area = area;
    this.subjectKey = subjectKey(planId, year, area, supersedes);
    this.approvedAt = approvedAt;
    this.embargoUntil = embargoUntil;
    this.checksum = checksum;
    this.snapshot = snapshot.clone();
    this.supersedes = supersedes;
  }

  /**
   * The key the unique constraint holds: two first publications of one plan, year and area, or two
   * corrections of one publication, have the same key, and the second is refused by the database
   * whatever the application checked before.
   */
  static String subjectKey(String planId, int year, String area, String supersedes) {
    return planId
        + "|"
        + year
        + "|"
        + (area == null ? "*" : area)
        + "|"
        + (supersedes == null ? FIRST : supersedes);
  }

  /** Marks the publication replaced by a correction: the one change a publication ever sees. */
  void supersede(String by, Instant at) {
    this.supersededBy = by;
    this.supersededAt = at;
  }

  String id() {
    return id;
  }

  String checksum() {
    return checksum;
  }

  byte[] snapshot() {
    return snapshot.clone();
  }

  String supersededBy() {
    return supersededBy;
  }

  Instant supersededAt() {
    return supersededAt;
  }
}
