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
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;

/**
 * A delivery of values. {@code ACCEPTED_CHECKSUM} is set only for accepted deliveries and is
 * unique, so the database itself refuses to store the same content twice.
 */
@Entity
@Table(
    name = "EDUDX_BATCH",
    uniqueConstraints =
        @UniqueConstraint(name = "EDUDX_BATCH_ACCEPTED", columnNames = "ACCEPTED_CHECKSUM"),
    // The collectors' status counts deliveries per source, instance and status.
    indexes = @Index(name = "EDUDX_BATCH_SOURCE", columnList = "SOURCE,INSTANCE,STATUS"))
public class BatchEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "EDUDX_IDS")
  @TableGenerator(name = "EDUDX_IDS", table = "EDUDX_SEQUENCE", allocationSize = 50)
  @Column(name = "ID")
  private long id;

  @Column(name = "SOURCE", length = 64, nullable = false)
  private String source;

  @Column(name = "INSTANCE", length = 64, nullable = false)
  private String instance;

  @Column(name = "ORIGIN", length = 512, nullable = false)
  private String origin;

  @Column(name = "CHECKSUM", length = 64, nullable = false)
  private String checksum;

  @Column(name = "ACCEPTED_CHECKSUM", length = 64)
  private String acceptedChecksum;

  @Column(name = "RECEIVED_AT", nullable = false)
  private Instant receivedAt;

  @Column(name = "RECEIVED_BY", length = 128, nullable = false)
  private String receivedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", length = 16, nullable = false)
  private ImportBatch.Status status;

  @Column(name = "ROW_COUNT", nullable = false)
  private int rows;

  @Column(name = "STORED_COUNT", nullable = false)
  private int stored;

  @Column(name = "DUPLICATE_OF")
  private Long duplicateOf;

  @Lob
  @Column(name = "PROBLEMS")
  private String problemsJson;

  protected BatchEntity() {}

  BatchEntity(BatchHeader h, ImportBatch.Status status, int rows, int stored) {
    this.source = h.source();
    this.instance = h.instance();
    this.origin = h.origin();
    this.checksum = h.checksum();
    this.receivedAt = h.receivedAt();
    this.receivedBy = h.receivedBy();
    this.status = status;
    this.rows = rows;
    this.stored = stored;
    this.acceptedChecksum = status == ImportBatch.Status.ACCEPTED ? h.checksum() : null;
  }

  long id() {
    return id;
  }

  void duplicateOf(long original) {
    this.duplicateOf = original;
  }

  void problemsJson(String json) {
    this.problemsJson = json;
  }

  BatchHeader header() {
    return new BatchHeader(source, instance, origin, checksum, receivedAt, receivedBy);
  }

  ImportBatch toBatch(Json json) {
    return new ImportBatch(
        id, header(), status, rows, stored, duplicateOf, json.problems(problemsJson));
  }
}
