package vn.edudx.rest.internal.dto;

import java.util.List;

/** The body of every error answer: the HTTP status, a title, and each problem. */
public record ErrorDTO(int status, TextDTO title, List<ProblemDTO> problems) {}
