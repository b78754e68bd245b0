package vn.edudx.security.internal;

/**
 * Checks a username and password: in Karaf through the JAAS realm {@code edudx}, in unit tests
 * through anything that needs no OSGi framework.
 */
@FunctionalInterface
interface PasswordCheck {

  /**
   * Whether the password is right for an enabled user.
   *
   * @throws vn.edudx.api.EduDxException UNAVAILABLE when the check itself cannot be made
   */
  boolean check(String username, char[] password);
}
