package vn.edudx.api.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where plan publications are kept; a stored snapshot is never changed. */
public interface PlanPublicationStore {

  /**
   * Stores a new publication and, when it supersedes one, marks that one superseded, in one
   * transaction. Of a plan, year and area there is one first publication and one correction of each
   * publication, even when two leaders publish at the same moment.
   *
   * @throws vn.edudx.api.EduDxException CONFLICT if the superseded one is already superseded, or if
   *     another publication of the same plan, year and area was stored first in its place;
   *     NOT_FOUND if the superseded one does not exist
   */
  void add(StoredPlanPublication publication, Instant at);

  Optional<StoredPlanPublication> find(String id);

  /** Every plan publication, newest first. */
  List<StoredPlanPublication> list();
}
