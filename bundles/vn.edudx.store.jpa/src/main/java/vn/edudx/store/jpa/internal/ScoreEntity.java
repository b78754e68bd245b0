package vn.edudx.store.jpa.internal;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/**
 * A unit's score for a period and set; the full explanation (groups, criteria, rules, inputs) is
 * kept as JSON beside the figures that queries need.
 */
@Entity
@Table(
    name = "EDUDX_SCORE",
    uniqueConstraints =
        @UniqueConstraint(
            name = "EDUDX_SCORE_UNIT",
            columnNames = {"UNIT_CODE", "PERIOD", "SET_ID"}))
public class ScoreEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "EDUDX_SCORE_IDS")
  @TableGenerator(name = "EDUDX_SCORE_IDS", table = "EDUDX_SEQUENCE", allocationSize = 100)
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

  @Column(name = "TOTAL", precision = 9, scale = 2, nullable = false)
  private BigDecimal total;

  @Column(name = "COMPUTED_AT", nullable = false)
  private Instant computedAt;

  @Lob
  @Column(name = "DETAIL", nullable = false)
  private String detailJson;

  protected ScoreEntity() {}

  ScoreEntity(String unitCode, String period, String setId) {
    this.unitCode = unitCode;
    this.period = period;
    this.setId = setId;
  }

  void update(int setVersion, BigDecimal total, Instant computedAt, String detailJson) {
    this.setVersion = setVersion;
    this.total = total;
    this.computedAt = computedAt;
    this.detailJson = detailJson;
  }

  String unitCode() {
    return unitCode;
  }

  Instant computedAt() {
    return computedAt;
  }

  String detailJson() {
    return detailJson;
  }
}
