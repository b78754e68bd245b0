package vn.edudx.rest.internal.dto;

import vn.edudx.api.Problem;

/** One problem of a request or a delivery: what, where, and how to fix it. */
public record ProblemDTO(
    String code,
    String field,
    Integer row,
    Integer column,
    String value,
    TextDTO message,
    TextDTO hint) {

  public static ProblemDTO of(Problem p) {
    return new ProblemDTO(
        p.code(),
        p.field(),
        p.row(),
        p.column(),
        p.value(),
        TextDTO.of(p.message()),
        TextDTO.of(p.hint()));
  }
}
