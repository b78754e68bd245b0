package vn.edudx.rest.internal.dto;

/** A unit named in a score or a ranking. */
public record UnitRefDTO(String code, String name, String level) {}
