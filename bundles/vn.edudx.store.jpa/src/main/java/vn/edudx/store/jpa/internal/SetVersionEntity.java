package vn.edudx.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.indicator.SetVersion;

/** One version of an indicator set, its definition kept as the JSON that was checked. */
@Entity
@Table(name = "EDUDX_SET_VERSION")
@IdClass(SetVersionEntity.Key.class)
public class SetVersionEntity {

  /** The composite key: set id and version. */
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public String setId;
    public int version;

    public Key() {}

    Key(String setId, int version) {
      this.setId = setId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.setId.equals(setId) && k.version == version;
    }

    @Override
    public int hashCode() {
      return setId.hashCode() * 31 + version;
    }
  }

  @Id
  @Column(name = "SET_ID", length = 64)
  private String setId;

  @Id
  @Column(name = "VERSION")
  private int version;

  @Column(name = "TITLE_VI", length = 400, nullable = false)
  private String titleVi;

  @Column(name = "TITLE_EN", length = 400, nullable = false)
  private String titleEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", length = 16, nullable = false)
  private SetVersion.Status status;

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

  protected SetVersionEntity() {}

  SetVersionEntity(SetVersion v) {
    this.setId = v.id();
    this.version = v.version();
    update(v);
  }

  void update(SetVersion v) {
    this.titleVi = truncate(v.title().vi());
    this.titleEn = truncate(v.title().en());
    this.status = v.status();
    this.origin = truncate(v.origin());
    this.checksum = v.checksum();
    this.createdAt = v.createdAt();
    this.createdBy = v.createdBy();
    this.definition = v.definition();
  }

  void status(SetVersion.Status status) {
    this.status = status;
  }

  SetVersion.Status status() {
    return status;
  }

  String checksum() {
    return checksum;
  }

  SetVersion toVersion(boolean withDefinition) {
    return new SetVersion(
        setId,
        version,
        new LocalizedText(titleVi, titleEn),
        status,
        origin,
        checksum,
        createdAt,
        createdBy,
        withDefinition ? definition : null);
  }

  private static String truncate(String s) {
    return s.length() <= 400 ? s : s.substring(0, 399) + "…";
  }
}
