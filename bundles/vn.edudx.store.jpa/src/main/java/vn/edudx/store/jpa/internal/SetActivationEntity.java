package vn.edudx.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import vn.edudx.api.indicator.Activation;

/** The version of a set that scores a period; one row per set and period. */
@Entity
@Table(name = "EDUDX_SET_ACTIVATION")
@IdClass(SetActivationEntity.Key.class)
public class SetActivationEntity {

  /** The composite key: set id and period. */
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public String setId;
    public String period;

    public Key() {}

    Key(String setId, String period) {
      this.setId = setId;
      this.period = period;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.setId.equals(setId) && k.period.equals(period);
    }

    @Override
    public int hashCode() {
      return setId.hashCode() * 31 + period.hashCode();
    }
  }

  @Id
  @Column(name = "SET_ID", length = 64)
  private String setId;

  @Id
  @Column(name = "PERIOD", length = 16)
  private String period;

  @Column(name = "VERSION", nullable = false)
  private int version;

  @Column(name = "ACTIVATED_AT", nullable = false)
  private Instant at;

  @Column(name = "ACTIVATED_BY", length = 128, nullable = false)
  private String by;

  protected SetActivationEntity() {}

  SetActivationEntity(String setId, String period) {
    this.setId = setId;
    this.period = period;
  }

  void update(int version, Instant at, String by) {
    this.version = version;
    this.at = at;
    this.by = by;
  }

  Activation toActivation() {
    return new Activation(setId, period, version, at, by);
  }
}
