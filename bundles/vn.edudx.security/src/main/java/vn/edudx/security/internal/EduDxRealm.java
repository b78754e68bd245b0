package vn.edudx.security.internal;

import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.security.UserStore;

/**
 * The JAAS realm {@code edudx}, offered to Karaf's JAAS configuration as a service. JAAS loads
 * login modules by class name through the caller's class loader, which cannot see this bundle, so
 * the realm names Karaf's {@link ProxyLoginModule}, which loads {@link EduDxLoginModule} from the
 * bundle given by id and hands it the remaining options, the user store among them. It reads the
 * same configuration as {@link EduDxAuthService}, for the cost of the hash spent on unknown users.
 */
@Component(
    service = JaasRealm.class,
    configurationPid = EduDxAuthService.PID,
    property = EduDxRealm.NAME_PROPERTY + "=" + EduDxRealm.NAME)
public class EduDxRealm implements JaasRealm {

  /** The realm's name, for {@code new LoginContext("edudx", ...)}. */
  public static final String NAME = "edudx";

  /** Service property with the realm's name, by which the sign-in service waits for the realm. */
  public static final String NAME_PROPERTY = "edudx.realm";

  private final AppConfigurationEntry[] entries;

  @Activate
  public EduDxRealm(@Reference UserStore users, BundleContext context, SecurityConfig config) {
    PasswordHasher hasher = new PasswordHasher(config.iterations());
    hasher.decoy(); // now, so that not even the first unknown user's login is faster
    this.entries =
        new AppConfigurationEntry[] {
          new AppConfigurationEntry(
              ProxyLoginModule.class.getName(),
              LoginModuleControlFlag.REQUIRED,
              options(users, hasher, context.getBundle().getBundleId()))
        };
  }

  /** The options the proxy reads (module class and bundle id) and those it passes on to ours. */
  static Map<String, Object> options(UserStore users, PasswordHasher hasher, long bundleId) {
    return Map.of(
        ProxyLoginModule.PROPERTY_MODULE,
        EduDxLoginModule.class.getName(),
        ProxyLoginModule.PROPERTY_BUNDLE,
        Long.toString(bundleId),
        EduDxLoginModule.USERS,
        users,
        EduDxLoginModule.HASHER,
        hasher);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public int getRank() {
    return 0;
  }

  @Override
  public AppConfigurationEntry[] getEntries() {
    return entries.clone();
  }
}
