package vn.edudx.api.plan;

import java.util.List;
import java.util.Optional;

/** Where plan definitions are kept, one row per version; a stored version never changes. */
public interface PlanStore {

  /**
   * Stores a version. The same content under the same number again is no change and returns the
   * stored version.
   *
   * @throws vn.edudx.api.EduDxException CONFLICT when the number is stored with other content
   */
  PlanVersion save(PlanVersion version);

  /** A version with its definition. */
  Optional<PlanVersion> find(String id, int version);

  /** Every version without its definition, by id and version. */
  List<PlanVersion> versions();
}
