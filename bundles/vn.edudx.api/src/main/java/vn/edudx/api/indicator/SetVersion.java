package vn.edudx.api.indicator;

import java.time.Instant;
import vn.edudx.api.LocalizedText;

/**
 * One stored version of an indicator set: its definition exactly as received, and where it is in
 * its life. A version that has been activated never changes again; a change is a new version.
 *
 * @param id the set's id
 * @param version the version number
 * @param title the set's title, for lists
 * @param status where the version is in its life
 * @param origin where it came from: a rule bundle and file, or an upload and its file name
 * @param checksum SHA-256 of the definition, to see that a version never changed
 * @param createdAt when it was first stored
 * @param createdBy who stored it ({@code system} for rule bundles)
 * @param definition the definition as canonical JSON
 */
public record SetVersion(
    String id,
    int version,
    LocalizedText title,
    Status status,
    String origin,
    String checksum,
    Instant createdAt,
    String createdBy,
    String definition) {

  /** Where a version is in its life. */
  public enum Status {
    /**
     * Uploaded and checked; may be replaced by another upload of the same version; never scores.
     */
    DRAFT,
    /** Shipped in a rule bundle or activated for a period; frozen. */
    ACTIVE,
    /** No longer offered for new periods; its scores and activations stay readable. */
    RETIRED
  }

  /** {@code id@version}, as rules and scores name it. */
  public String key() {
    return id + "@" + version;
  }

  /** The same version without its definition text, for lists. */
  public SetVersion summary() {
    return new SetVersion(id, version, title, status, origin, checksum, createdAt, createdBy, null);
  }
}
