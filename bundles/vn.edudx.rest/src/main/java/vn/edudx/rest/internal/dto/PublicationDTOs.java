package vn.edudx.rest.internal.dto;

import java.time.Instant;
import java.time.LocalDate;
import vn.edudx.api.publication.Publication;

/** What the publication endpoints read and answer. */
public final class PublicationDTOs {

  private PublicationDTOs() {}

  /** {@code POST /api/v1/publications}. */
  public record Request(
      String period,
      String scopeCode,
      Instant embargoUntil,
      String title,
      String note,
      String supersedes,
      String reason) {}

  /**
   * A publication's card: what it is, whether the public sees it yet, what it corrects and what
   * corrected it, and where to read it.
   */
  public record Summary(
      String id,
      String period,
      String scopeCode,
      String scopeName,
      String title,
      String setId,
      int setVersion,
      Instant createdAt,
      String createdBy,
      Instant embargoUntil,
      boolean embargoed,
      LocalDate publishBy,
      boolean late,
      String checksum,
      String supersedes,
      String reason,
      String supersededBy,
      Instant supersededAt,
      Links links) {

    /**
     * @param publishBy the period's publication deadline: a publication made after that day (in
     *     Vietnam) is marked late, as a submission after 31 May is
     */
    public static Summary of(Publication p, Instant now, String base, LocalDate publishBy) {
      var s = p.snapshot();
      boolean late =
          publishBy != null
              && s.createdAt()
                  .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                  .toLocalDate()
                  .isAfter(publishBy);
      String self = base + s.id();
      return new Summary(
          s.id(),
          s.period(),
          s.scopeCode(),
          s.scopeName(),
          s.title(),
          s.setId(),
          s.setVersion(),
          s.createdAt(),
          s.createdBy(),
          s.embargoUntil(),
          !p.publicAt(now),
          publishBy,
          late,
          p.checksum(),
          s.supersedes(),
          s.reason(),
          p.supersededBy(),
          p.supersededAt(),
          new Links(self, self + "/export.csv", self + "/export.xlsx", self + "/export.html"));
    }
  }

  /** Where to read a publication and its downloads. */
  public record Links(String self, String csv, String xlsx, String html) {}
}
