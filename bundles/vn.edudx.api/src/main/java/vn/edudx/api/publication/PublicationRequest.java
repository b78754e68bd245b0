package vn.edudx.api.publication;

import java.time.Instant;

/**
 * What leadership asks to publish.
 *
 * @param scopeCode the area whose schools are ranked (the office, usually)
 * @param embargoUntil before this time only office roles see the publication
 * @param title the heading people read, or {@code null} for the default
 * @param note the office's words added to the methodology, or {@code null}
 * @param supersedes the id of the publication this one corrects, or {@code null}
 * @param reason why it corrects that one: required with {@code supersedes}
 */
public record PublicationRequest(
    String period,
    String scopeCode,
    Instant embargoUntil,
    String title,
    String note,
    String supersedes,
    String reason) {}
