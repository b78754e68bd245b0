package vn.edudx.api.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.edudx.api.LocalizedText;

/**
 * A year's evaluation of a plan as leadership approved and published it: the definition and the
 * evaluation exactly as they were then, never evaluated again, so that later data or a new version
 * of the plan cannot move a published figure. Its checksum is the SHA-256 of this record's
 * canonical JSON; it is never edited, and a correction is a new publication that names it.
 *
 * @param id a stable identifier such as {@code plan-pub-0123456789ab}
 * @param planId the plan's id, e.g. {@code ngan-nam-plan-2023}
 * @param plan the plan's key, {@code id@version}, of the definition evaluated
 * @param year the evaluated calendar year
 * @param area the unit code whose units the evaluation counted, or {@code null} for the whole
 *     register; before the embargo only office roles of that area see the publication
 * @param heading what the published report's heading block says
 * @param definition the plan as it was evaluated
 * @param evaluation the evaluation, with the inputs' provenance as the public may read it (no user
 *     names, no file names)
 * @param methodology how the figures and statuses were computed, in both languages
 * @param approvedBy whose leadership approved and published it: {@code LEADERSHIP} and the unit
 *     code the leader is bound to (e.g. {@code LEADERSHIP NN-PGD}); never a person's account name
 * @param approvedAt when
 * @param embargoUntil before this time the public does not see it
 * @param supersedes the id of the publication this one corrects, or {@code null}
 * @param reason why it corrects that one (required with {@code supersedes}), or {@code null}
 */
public record PlanPublication(
    String id,
    String planId,
    String plan,
    int year,
    String area,
    Heading heading,
    PlanDefinition definition,
    PlanEvaluation evaluation,
    LocalizedText methodology,
    String approvedBy,
    Instant approvedAt,
    Instant embargoUntil,
    String supersedes,
    String reason) {

  public PlanPublication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(approvedAt, "approvedAt");
    Objects.requireNonNull(embargoUntil, "embargoUntil");
  }

  /**
   * The heading block of the published report, fixed with the publication so that a change of the
   * office's settings never changes a published document; it is dated the day of approval.
   *
   * @param authority the issuing body's lines, superior first
   * @param number the document number after "Số: "
   * @param place the place of the date line
   */
  public record Heading(List<String> authority, String number, String place) {

    public Heading {
      authority = authority == null ? List.of() : List.copyOf(authority);
    }
  }
}
