package vn.edudx.rest.internal.dto;

import java.time.Instant;
import java.util.Map;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.plan.PlanPublication;
import vn.edudx.api.plan.PlanStatus;
import vn.edudx.api.plan.StoredPlanPublication;

/** What the plan publication endpoints read and answer. */
public final class PlanPublicationDTOs {

  private PlanPublicationDTOs() {}

  /**
   * {@code POST /api/v1/plans/{id}/evaluations/{year}/publications}; every field may be left out.
   *
   * @param embargoUntil before this time only office roles see it; left out: public at once
   * @param supersedes the id of the current publication this one corrects
   * @param reason why it corrects it; required with {@code supersedes}
   */
  public record Request(Instant embargoUntil, String supersedes, String reason) {}

  /**
   * A plan publication's card: what was published, by whom and when, whether the public sees it
   * yet, what it corrects and what corrected it, the statuses counted, and where to read it.
   */
  public record Card(
      String id,
      String planId,
      String plan,
      LocalizedText title,
      int year,
      String area,
      String approvedBy,
      Instant approvedAt,
      Instant embargoUntil,
      boolean embargoed,
      String checksum,
      String supersedes,
      String reason,
      String supersededBy,
      Instant supersededAt,
      Map<PlanStatus, Integer> summary,
      Links links) {

    public static Card of(StoredPlanPublication p, Instant now, String publicBase) {
      PlanPublication s = p.snapshot();
      String self = publicBase + s.id();
      return new Card(
          s.id(),
          s.planId(),
          s.plan(),
          s.definition().title(),
          s.year(),
          s.area(),
          s.approvedBy(),
          s.approvedAt(),
          s.embargoUntil(),
          !p.publicAt(now),
          p.checksum(),
          s.supersedes(),
          s.reason(),
          p.supersededBy(),
          p.supersededAt(),
          s.evaluation().summary(),
          new Links(self, self + "/report.html", self + "/report.pdf", self + "/report.xlsx"));
    }
  }

  /** Where the public reads a publication and its report (404 to the public until its embargo). */
  public record Links(String self, String html, String pdf, String xlsx) {}
}
