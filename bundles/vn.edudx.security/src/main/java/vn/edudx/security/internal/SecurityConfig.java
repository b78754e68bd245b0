package vn.edudx.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Sign-in settings: how long tokens live, how failed logins are throttled, how slow hashes are. */
@ObjectClassDefinition(
    name = "EduDX sign-in",
    description = "Token lifetime, throttling of failed logins and password hashing.")
public @interface SecurityConfig {

  @AttributeDefinition(description = "Hours a sign-in token stays valid.", min = "1")
  int tokenHours() default 8;

  @AttributeDefinition(description = "Failed logins for one username that lock it.", min = "1")
  int maxFailures() default 5;

  @AttributeDefinition(
      description =
          "Failed logins from one address (whatever the usernames) that lock the address; higher"
              + " than maxFailures, since an office's staff may share one address.",
      min = "1")
  int maxAddressFailures() default 50;

  @AttributeDefinition(description = "Minutes in which failed logins are counted.", min = "1")
  int windowMinutes() default 15;

  @AttributeDefinition(
      description = "Minutes a locked username or address stays locked.",
      min = "1")
  int lockMinutes() default 15;

  @AttributeDefinition(
      description =
          "PBKDF2-HMAC-SHA512 iterations for new password hashes; stored hashes keep their own.",
      min = "10000")
  int iterations() default PasswordHasher.DEFAULT_ITERATIONS;
}
