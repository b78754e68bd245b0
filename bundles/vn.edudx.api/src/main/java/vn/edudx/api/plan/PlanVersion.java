package vn.edudx.api.plan;

import java.time.Instant;
import vn.edudx.api.LocalizedText;

/**
 * One stored version of a plan definition, frozen once stored: a change to a plan is a new version,
 * so that a year evaluated, reported or published against a version can always be read again.
 *
 * @param id the plan's id
 * @param version the version number
 * @param title the plan's title, for lists
 * @param origin where it came from: a bundle and its file, or an upload and its file name
 * @param checksum SHA-256 of {@code definition}, hex
 * @param createdAt when it was first stored
 * @param createdBy who stored it ({@code system} for bundles)
 * @param definition the definition as canonical JSON, or {@code null} in lists
 */
public record PlanVersion(
    String id,
    int version,
    LocalizedText title,
    String origin,
    String checksum,
    Instant createdAt,
    String createdBy,
    String definition) {

  /** {@code id@version}. */
  public String key() {
    return id + "@" + version;
  }

  /** The same version without its definition, for lists. */
  public PlanVersion summary() {
    return new PlanVersion(id, version, title, origin, checksum, createdAt, createdBy, null);
  }
}
