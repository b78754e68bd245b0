package vn.edudx.api.indicator;

import java.time.Instant;

/**
 * The version of a set that scores a period, decided by the office (or by the system, when a period
 * was first scored with the shipped version, so that later releases never change it silently).
 */
public record Activation(String setId, String period, int version, Instant at, String by) {}
