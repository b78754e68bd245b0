package vn.edudx.api.collect;

import java.util.List;
import java.util.Optional;
import vn.edudx.api.security.Caller;

/**
 * The keys with which schools' management systems push values. Only an office administrator issues,
 * lists and revokes them, and only for the schools of the office's area (an administrator bound to
 * no unit: all schools); anyone else gets an {@link vn.edudx.api.EduDxException} of kind FORBIDDEN.
 */
public interface ApiTokenService {

  /** The prefix of every secret, so that a leaked one is easy to recognise (and to scan for). */
  String SECRET_PREFIX = "edx_";

  /** Issues a key for a school; the answer holds the secret, which is not kept. */
  IssuedApiToken issue(String unitCode, String label, Caller by);

  /** The keys of the schools the caller's area covers, newest first, without secrets. */
  List<ApiToken> list(Caller by);

  /** Revokes a key at once; revoking a revoked key changes nothing and answers it as it is. */
  ApiToken revoke(String id, Caller by);

  /**
   * The key a secret belongs to, if it is not revoked; records that it was used. Any other secret
   * (unknown, malformed, revoked) gives nothing.
   */
  Optional<ApiToken> authenticate(String secret);
}
