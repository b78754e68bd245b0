package vn.edudx.api.publication;

import java.util.List;
import java.util.Optional;
import vn.edudx.api.security.Caller;

/** Makes immutable publications of a period's approved results, and serves them. */
public interface PublicationService {

  /**
   * Makes a publication of the approved results of a period: only {@link
   * vn.edudx.api.security.Role#LEADERSHIP} may.
   *
   * @throws vn.edudx.api.EduDxException INVALID (no approved result, an embargo in the past, a
   *     correction without reason), NOT_FOUND, CONFLICT (superseding a superseded one), FORBIDDEN
   */
  Publication publish(PublicationRequest request, Caller caller);

  /**
   * The publications a caller may see, newest first: everything for office roles, only those past
   * their embargo for anyone else ({@code caller} {@code null} is the public).
   */
  List<Publication> list(Caller caller);

  /** One publication, if the caller may see it. */
  Optional<Publication> find(String id, Caller caller);
}
