package vn.edudx.rest.internal;

import java.lang.reflect.Method;
import java.util.Arrays;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

/**
 * Enforces on the server who may call each resource method: {@code @PermitAll} lets anyone in,
 * {@code @RolesAllowed} the roles of {@link Access}; a method with neither is refused to everyone,
 * so that a forgotten annotation closes an endpoint instead of opening it. An anonymous caller is
 * told to sign in (401), a signed-in caller without the role is refused (403).
 */
final class Authz implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    String[] roles = roles(resource.getResourceMethod(), resource.getResourceClass());
    if (roles != null && roles.length == 0) {
      return; // @PermitAll
    }
    context.register(new Check(roles));
  }

  /**
   * The roles that may call a method: {@code null} for none (not annotated), empty for anyone
   * ({@code @PermitAll}).
   */
  static String[] roles(Method method, Class<?> type) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return new String[0];
    }
    if (method.isAnnotationPresent(RolesAllowed.class)) {
      return method.getAnnotation(RolesAllowed.class).value();
    }
    if (type.isAnnotationPresent(PermitAll.class)) {
      return new String[0];
    }
    if (type.isAnnotationPresent(RolesAllowed.class)) {
      return type.getAnnotation(RolesAllowed.class).value();
    }
    return null;
  }

  @Priority(Priorities.AUTHORIZATION)
  private static final class Check implements ContainerRequestFilter {

    private final String[] roles;

    Check(String[] roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      var caller = Access.caller(request.getSecurityContext());
      if (roles != null && Arrays.stream(roles).anyMatch(r -> Access.has(caller, r))) {
        return;
      }
      request.abortWith(
          caller == null ? Errors.unauthorized("auth.required") : Errors.forbidden(caller));
    }
  }
}
