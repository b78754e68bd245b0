package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.UserStore.StoredUser;

/**
 * The realm's entry as Karaf's JAAS configuration hands it out, used through Karaf's own {@link
 * ProxyLoginModule} with a stand-in for the OSGi framework that loads classes from the test's class
 * path as this bundle would.
 */
class EduDxRealmTest {

  private static final long BUNDLE_ID = 42;

  private static Bundle bundle() {
    return (Bundle)
        Proxy.newProxyInstance(
            EduDxRealmTest.class.getClassLoader(),
            new Class<?>[] {Bundle.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getBundleId" -> BUNDLE_ID;
                  case "loadClass" ->
                      EduDxRealmTest.class.getClassLoader().loadClass((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static BundleContext context() {
    Bundle bundle = bundle();
    return (BundleContext)
        Proxy.newProxyInstance(
            EduDxRealmTest.class.getClassLoader(),
            new Class<?>[] {BundleContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getBundle" -> args == null || (long) args[0] == BUNDLE_ID ? bundle : null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static SecurityConfig config() {
    return new SecurityConfig() {
      @Override
      public Class<SecurityConfig> annotationType() {
        return SecurityConfig.class;
      }

      @Override
      public int tokenHours() {
        return 8;
      }

      @Override
      public int maxFailures() {
        return 5;
      }

      @Override
      public int maxAddressFailures() {
        return 50;
      }

      @Override
      public int windowMinutes() {
        return 15;
      }

      @Override
      public int lockMinutes() {
        return 15;
      }

      @Override
      public int iterations() {
        return TestRealm.ITERATIONS;
      }
    };
  }

  @Test
  void theRealmIsNamedEdudxAndNamesKarafsProxyWithOurModuleAndBundle() {
    InMemoryUserStore users = new InMemoryUserStore();
    EduDxRealm realm = new EduDxRealm(users, context(), config());

    assertThat(realm.getName()).isEqualTo("edudx");
    AppConfigurationEntry[] entries = realm.getEntries();
    assertThat(entries).hasSize(1);
    AppConfigurationEntry entry = entries[0];
    assertThat(entry.getLoginModuleName()).isEqualTo("org.apache.karaf.jaas.boot.ProxyLoginModule");
    assertThat(entry.getControlFlag()).isEqualTo(LoginModuleControlFlag.REQUIRED);
    Map<String, Object> options = new HashMap<>(entry.getOptions());
    assertThat(options)
        .containsEntry(ProxyLoginModule.PROPERTY_MODULE, EduDxLoginModule.class.getName())
        .containsEntry(ProxyLoginModule.PROPERTY_BUNDLE, "42")
        .containsEntry(EduDxLoginModule.USERS, users);
    assertThat(((PasswordHasher) entry.getOptions().get(EduDxLoginModule.HASHER)).iterations())
        .isEqualTo(TestRealm.ITERATIONS);
  }

  @Test
  void karafsProxyLoadsOurModuleFromTheBundleAndPassesTheStoreOn() throws LoginException {
    InMemoryUserStore users = new InMemoryUserStore();
    PasswordHasher hasher = new PasswordHasher(TestRealm.ITERATIONS);
    users.save(
        new StoredUser(
            "lanh.dao",
            "Lãnh đạo",
            Role.LEADERSHIP,
            null,
            hasher.hash(Fixture.PASSWORD.toCharArray()),
            true,
            Instant.EPOCH));
    BundleContext context = context();
    EduDxRealm realm = new EduDxRealm(users, context, config());
    Configuration karaf =
        new Configuration() {
          @Override
          public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            return realm.getName().equals(name) ? realm.getEntries() : null;
          }
        };
    ProxyLoginModule.init(context);

    LoginContext login =
        new LoginContext(
            "edudx",
            new Subject(),
            callbacks -> {
              for (Callback c : callbacks) {
                if (c instanceof NameCallback n) {
                  n.setName("lanh.dao");
                } else if (c instanceof PasswordCallback p) {
                  p.setPassword(Fixture.PASSWORD.toCharArray());
                }
              }
            },
            karaf);
    login.login();

    assertThat(login.getSubject().getPrincipals(RolePrincipal.class))
        .containsExactly(new RolePrincipal("LEADERSHIP"));
  }
}
