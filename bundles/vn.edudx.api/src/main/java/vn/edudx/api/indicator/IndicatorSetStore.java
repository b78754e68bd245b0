package vn.edudx.api.indicator;

import java.util.List;
import java.util.Optional;

/** The versions of indicator sets and the version each period is scored with, in the database. */
public interface IndicatorSetStore {

  Optional<SetVersion> find(String id, int version);

  /** Every version, without definitions, ordered by id and version. */
  List<SetVersion> versions();

  /**
   * Stores a version. A draft replaces a draft of the same id and version; a version that is active
   * or retired is never replaced: storing it again with the same checksum does nothing.
   *
   * @return the version as stored
   * @throws vn.edudx.api.EduDxException of kind CONFLICT if the version exists, is no longer a
   *     draft and its checksum differs
   */
  SetVersion save(SetVersion version);

  /** Changes a version's status. */
  SetVersion status(String id, int version, SetVersion.Status status);

  Optional<Activation> activation(String setId, String period);

  List<Activation> activations();

  /**
   * Records that a version scores a period (replacing the period's earlier choice for that set) and
   * marks the version active, in one transaction.
   */
  Activation activate(String setId, int version, String period, String by);
}
