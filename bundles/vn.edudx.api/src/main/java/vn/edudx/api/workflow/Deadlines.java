package vn.edudx.api.workflow;

import java.time.LocalDate;

/**
 * A period's calendar: schools submit by {@code submitBy} (31 May by default), the office publishes
 * by {@code publishBy} (20 June by default); both set in {@code etc/vn.edudx.workflow.cfg}.
 */
public record Deadlines(String period, LocalDate submitBy, LocalDate publishBy) {}
