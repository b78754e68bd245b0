package vn.edudx.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.plan.PlanVersion;

/** One version of a plan definition, kept as the canonical JSON that was checked; never updated. */
@Entity
@Table(name = "EDUDX_PLAN_VERSION")
@IdClass(PlanVersionEntity.Key.class)
public class PlanVersionEntity {

  /** The composite key: plan id and version. */
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public String planId;
    public int version;

    public Key() {}

    Key(String planId, int version) {
      this.planId = planId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.planId.equals(planId) && k.version == version;
    }

    @Override
    public int hashCode() {
      return planId.hashCode() * 31 + version;
    }
  }

  @Id
  @Column(name = "PLAN_ID", length = 64)
  private String planId;

  @Id
  @Column(name = "VERSION")
  private int version;

  @Column(name = "TITLE_VI", length = 400, nullable = false)
  private String titleVi;

  @Column(name = "TITLE_EN", length = 400, nullable = false)
  private String titleEn;

  @Column(name = "ORIGIN", length = 400, nullable = false)
  private String origin;

  @Column(name = "CHECKSUM", length = 64, nullable = false)
  private String checksum;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "CREATED_BY", length = 128, nullable = false)
  private String createdBy;

  @Lob
  @Column(name = "DEFINITION", nullable = false)
  private String definition;

  protected PlanVersionEntity() {}

  PlanVersionEntity(PlanVersion v) {
    this.planId = v.id();
    this.version = v.version();
    this.titleVi = truncate(v.title() == null ? "" : v.title().vi());
    this.titleEn = truncate(v.title() == null ? "" : v.title().en());
    this.origin = truncate(v.origin());
    this.checksum = v.checksum();
    this.createdAt = v.createdAt();
    this.createdBy = v.createdBy();
    this.definition = v.definition();
  }

  String checksum() {
    return checksum;
  }

  PlanVersion toVersion(boolean withDefinition) {
    return new PlanVersion(
        planId,
        version,
        new LocalizedText(titleVi, titleEn),
        origin,
        checksum,
        createdAt,
        createdBy,
        withDefinition ? definition : null);
  }

  private static String truncate(String s) {
    return s == null ? "" : s.length() <= 400 ? s : s.substring(0, 399) + "…";
  }
}
