package vn.edudx.security.internal;

import java.util.List;
import java.util.Map;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edudx.api.Health;
import vn.edudx.api.HealthIndicator;
import vn.edudx.api.security.UserStore;

/**
 * The health part {@code security}: the JAAS realm is registered, and how many users exist. The
 * start script and the tests read {@code users} to know when the demo users can sign in: trying
 * before would count as failed logins.
 */
@Component(service = HealthIndicator.class)
public class SecurityHealth implements HealthIndicator {

  private final UserStore users;
  private final JaasRealm realm;

  @Activate
  public SecurityHealth(
      @Reference UserStore users,
      @Reference(target = "(" + EduDxRealm.NAME_PROPERTY + "=" + EduDxRealm.NAME + ")")
          JaasRealm realm) {
    this.users = users;
    this.realm = realm;
  }

  @Override
  public String name() {
    return "security";
  }

  @Override
  public Health check() {
    try {
      List<UserStore.StoredUser> all = users.users();
      long enabled = all.stream().filter(UserStore.StoredUser::enabled).count();
      if (enabled == 0) {
        return Health.up(
            name(),
            "no user can sign in yet: create the first administrator with edudx:user-add",
            Map.of("realm", realm.getName(), "users", all.size(), "enabled", 0));
      }
      return Health.up(
          name(),
          "realm " + realm.getName() + " with " + enabled + " enabled users",
          Map.of("realm", realm.getName(), "users", all.size(), "enabled", enabled));
    } catch (RuntimeException e) {
      return Health.down(name(), "users cannot be read: " + e.getMessage());
    }
  }
}
