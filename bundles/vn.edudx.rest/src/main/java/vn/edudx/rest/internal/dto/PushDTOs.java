package vn.edudx.rest.internal.dto;

import java.time.Instant;
import java.util.List;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.IssuedApiToken;

/** What the push keys' endpoints and {@code POST /api/v1/observations} read and answer. */
public final class PushDTOs {

  private PushDTOs() {}

  /** {@code POST /api/v1/api-tokens}. */
  public record NewApiToken(String unit, String label) {}

  /** A school's push key as the office sees it; never its secret or the secret's hash. */
  public record ApiTokenDTO(
      String id,
      String unit,
      String label,
      Instant createdAt,
      String createdBy,
      boolean revoked,
      Instant revokedAt,
      String revokedBy,
      Instant lastUsedAt) {
    public static ApiTokenDTO of(ApiToken t) {
      return new ApiTokenDTO(
          t.id(),
          t.unitCode(),
          t.label(),
          t.createdAt(),
          t.createdBy(),
          t.revoked(),
          t.revokedAt(),
          t.revokedBy(),
          t.lastUsedAt());
    }
  }

  /** A key just issued: the secret is in this answer and nowhere else. */
  public record IssuedDTO(ApiTokenDTO token, String secret, String header, TextDTO note) {
    public static IssuedDTO of(IssuedApiToken issued, String header, TextDTO note) {
      return new IssuedDTO(ApiTokenDTO.of(issued.token()), issued.secret(), header, note);
    }
  }

  /** {@code POST /api/v1/observations}: one batch of one school's values for one period. */
  public record Batch(String batchId, String period, List<Value> values) {}

  /** One value of a pushed batch. */
  public record Value(String unit, String indicator, String value, String evidence, String note) {}

  /**
   * What became of a pushed batch.
   *
   * @param importId the record of this delivery at {@code /api/v1/imports/{id}}
   * @param status {@code ACCEPTED}, {@code REJECTED} or {@code DUPLICATE}
   * @param duplicateOf for a repeated batch id, the delivery that stored it first
   * @param accepted values stored (for a repeat: by the first delivery)
   * @param rejected values not stored (for a repeat: by the first delivery)
   * @param problems each value's problems, located by {@code field} ({@code values[3].value})
   */
  public record Result(
      String batchId,
      long importId,
      String status,
      boolean duplicate,
      Long duplicateOf,
      int values,
      int accepted,
      int rejected,
      List<ProblemDTO> problems,
      TextDTO summary) {}
}
