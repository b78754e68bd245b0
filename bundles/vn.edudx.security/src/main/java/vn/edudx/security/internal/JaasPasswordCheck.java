package vn.edudx.security.internal;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;

/**
 * Checks passwords through a JAAS realm, as Karaf does for its console, so that an operator could
 * put another login module (LDAP, say) in front of or instead of EduDX's own.
 */
final class JaasPasswordCheck implements PasswordCheck {

  private static final Logger LOG = LoggerFactory.getLogger(JaasPasswordCheck.class);

  private final String realm;
  private final Configuration configuration;

  /** Through the JVM's JAAS configuration, which Karaf's JAAS bundle provides. */
  JaasPasswordCheck(String realm) {
    this(realm, null);
  }

  /** Through a given configuration (tests). */
  JaasPasswordCheck(String realm, Configuration configuration) {
    this.realm = realm;
    this.configuration = configuration;
  }

  @Override
  public boolean check(String username, char[] password) {
    // JAAS loads the realm's login module class through the context class loader; this bundle's
    // loader sees Karaf's ProxyLoginModule, which then loads ours from this bundle.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(JaasPasswordCheck.class.getClassLoader());
    try {
      LoginContext context =
          configuration == null
              ? new LoginContext(realm, handler(username, password))
              : new LoginContext(realm, new Subject(), handler(username, password), configuration);
      context.login();
      context.logout();
      return true;
    } catch (FailedLoginException e) {
      return false;
    } catch (LoginException e) {
      // Not a wrong password: the realm is missing or broken. Counting it as a failed login would
      // lock people out for a fault of the server.
      LOG.error("The JAAS realm {} could not check a password", realm, e);
      throw new EduDxException(
          EduDxException.Kind.UNAVAILABLE, Texts.problem("auth.unavailable", null, null));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static CallbackHandler handler(String username, char[] password) {
    return callbacks -> {
      for (Callback c : callbacks) {
        if (c instanceof NameCallback n) {
          n.setName(username);
        } else if (c instanceof PasswordCallback p) {
          p.setPassword(password);
        } else {
          throw new UnsupportedCallbackException(c);
        }
      }
    };
  }
}
