package vn.edudx.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the REST API ({@code etc/vn.edudx.rest.cfg}). */
@ObjectClassDefinition(name = "EduDX REST API")
public @interface RestConfig {

  @AttributeDefinition(
      description =
          "Addresses of the reverse proxies in front of EduDX (comma-separated). Only for requests"
              + " from these is the client read from X-Forwarded-For; empty: never.")
  String[] trustedProxies() default {};
}
