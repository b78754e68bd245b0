package vn.edudx.security.internal;

import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import vn.edudx.api.security.UserStore;

/**
 * A JAAS configuration with one realm that uses {@link EduDxLoginModule} directly, without Karaf's
 * proxy, as a JVM's JAAS file would.
 */
final class TestRealm extends Configuration {

  /** Few iterations: the tests check behaviour, not cost. */
  static final int ITERATIONS = 1_000;

  private final String name;
  private final Map<String, ?> options;

  TestRealm(String name, Map<String, ?> options) {
    this.name = name;
    this.options = options;
  }

  static TestRealm of(UserStore users, PasswordHasher hasher) {
    return new TestRealm(
        EduDxRealm.NAME, Map.of(EduDxLoginModule.USERS, users, EduDxLoginModule.HASHER, hasher));
  }

  @Override
  public AppConfigurationEntry[] getAppConfigurationEntry(String realm) {
    if (!name.equals(realm)) {
      return null;
    }
    return new AppConfigurationEntry[] {
      new AppConfigurationEntry(
          EduDxLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)
    };
  }
}
