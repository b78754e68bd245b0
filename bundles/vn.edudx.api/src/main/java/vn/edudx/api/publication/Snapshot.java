package vn.edudx.api.publication;

import java.time.Instant;
import java.util.List;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RobustnessSettings;

/**
 * The content of a publication, fixed when it is made: its checksum is the SHA-256 of this record's
 * canonical JSON, and it is never edited.
 *
 * @param areaCode the area of the office that made it (its leadership's unit), or {@code null}:
 *     before the embargo only that office's roles see it
 * @param rankings every ranking of the approved results: all levels together and each level, by the
 *     total and by each group
 * @param units the page of every ranked school
 */
public record Snapshot(
    String id,
    String period,
    String scopeCode,
    String scopeName,
    String areaCode,
    String title,
    String setId,
    int setVersion,
    Instant createdAt,
    String createdBy,
    Instant embargoUntil,
    String supersedes,
    String reason,
    LocalizedText methodology,
    RobustnessSettings robustness,
    List<Ranking> rankings,
    List<UnitResult> units) {

  public Snapshot {
    rankings = List.copyOf(rankings);
    units = List.copyOf(units);
  }
}
