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
 * A publication as stored: the snapshot's exact bytes, which its checksum covers and which no
 * update ever touches, beside the few columns that lists and supersession need.
 */
@Entity
@Table(
    name = "EDUDX_PUBLICATION",
    // One correction per publication, even if two leaders press the button at the same moment.
    uniqueConstraints =
        @UniqueConstraint(
            name = "EDUDX_PUBLICATION_SUPERSEDES",
            columnNames = {"SUPERSEDES"}),
    indexes = @Index(name = "EDUDX_PUBLICATION_CREATED", columnList = "CREATED_AT"))
public class PublicationEntity {

  /** Derby's largest BLOB (2 GB - 1); the default of 64 KB would not hold a province's results. */
  static final int MAX_SNAPSHOT_BYTES = Integer.MAX_VALUE;

  @Id
  @Column(name = "ID", length = 32)
  private String id;

  @Column(name = "PERIOD", length = 16, nullable = false, updatable = false)
  private String period;

  @Column(name = "SCOPE_CODE", length = 32, nullable = false, updatable = false)
  private String scopeCode;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "EMBARGO_UNTIL", nullable = false, updatable = false)
  private Instant embargoUntil;

  @Column(name = "CHECKSUM", length = 64, nullable = false, updatable = false)
  private String checksum;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  @Column(name = "SNAPSHOT", length = MAX_SNAPSHOT_BYTES, nullable = false, updatable = false)
  private byte[] snapshot;

  @Column(name = "SUPERSEDES", length = 32, updatable = false)
  private String supersedes;

  @Column(name = "SUPERSEDED_BY", length = 32)
  private String supersededBy;

  @Column(name = "SUPERSEDED_AT")
  private Instant supersededAt;

  protected PublicationEntity() {}

  PublicationEntity(
      String id,
      String period,
      String scopeCode,
      Instant createdAt,
      Instant embargoUntil,
      String checksum,
      byte[] snapshot,
      String supersedes) {
    this.id = id;
    this.period = period;
    this.scopeCode = scopeCode;
    this.createdAt = createdAt;
    this.embargoUntil = embargoUntil;
    this.checksum = checksum;
    this.snapshot = snapshot.clone();
    this.supersedes = supersedes;
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
