package vn.edudx.api.publication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where publications are kept; a stored snapshot is never changed. */
public interface PublicationStore {

  /**
   * Stores a new publication and, when it supersedes one, marks that one superseded, in one
   * transaction.
   *
   * @throws vn.edudx.api.EduDxException CONFLICT if the superseded one is already superseded
   */
  void add(Publication publication, Instant at);

  Optional<Publication> find(String id);

  /** Every publication, newest first. */
  List<Publication> list();
}
