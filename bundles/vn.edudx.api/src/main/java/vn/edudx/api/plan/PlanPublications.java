package vn.edudx.api.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.edudx.api.security.Caller;

/**
 * Leadership approves a year's evaluation of a plan and publishes it as an immutable snapshot; its
 * report is then always made from that snapshot, never from a new evaluation.
 */
public interface PlanPublications {

  /**
   * Evaluates the year once more, and publishes that evaluation with the definition it was made
   * against. Only {@link vn.edudx.api.security.Role#LEADERSHIP} may, and only for a plan whose area
   * its own area covers. One publication of a plan, year and area is current: another one must name
   * it in {@code supersedes}, with a reason.
   *
   * @param embargoUntil before this time only office roles see it; {@code null}: now
   * @param supersedes the id of the current publication this one corrects, or {@code null}
   * @param reason why it corrects it; required with {@code supersedes}
   * @throws vn.edudx.api.EduDxException FORBIDDEN (not leadership, or outside the caller's area),
   *     NOT_FOUND (no such plan, or no such publication to supersede), INVALID (a year in the
   *     future, an embargo in the past, a correction without reason or of another plan or year),
   *     CONFLICT (a current publication exists and is not named; superseding one already
   *     superseded)
   */
  StoredPlanPublication publish(
      String planId, int year, Caller by, Instant embargoUntil, String supersedes, String reason);

  /** One publication, embargoed or not: callers decide who may see it ({@link #visible}). */
  Optional<StoredPlanPublication> find(String id);

  /** Every publication, embargoed ones too, newest first. */
  List<StoredPlanPublication> list();

  /** The publication of a plan and year that no correction has replaced, if any. */
  Optional<StoredPlanPublication> current(String planId, int year);

  /**
   * Whether a caller may see a publication now: anyone once its embargo has passed; before that,
   * office roles whose area covers the publication's ({@code caller} {@code null} is the public).
   */
  boolean visible(StoredPlanPublication publication, Caller caller);

  /**
   * A publication as the public sees it now: marked superseded only once the correction that
   * replaced it is public itself.
   */
  StoredPlanPublication asPublic(StoredPlanPublication publication);

  /**
   * The report of a publication as a self-contained HTML document, made from its snapshot; a
   * superseded one says so, and by which publication, at the top.
   *
   * @throws vn.edudx.api.EduDxException NOT_FOUND for an unknown id
   */
  String html(String id);

  /**
   * The same report as an A4 PDF, made from the snapshot; the same publication in the same state
   * (superseded or not) gives the same bytes.
   *
   * @throws vn.edudx.api.EduDxException NOT_FOUND for an unknown id
   */
  byte[] pdf(String id);

  /** The data appendix of a publication as an XLSX workbook, made from its snapshot. */
  byte[] xlsx(String id);
}
