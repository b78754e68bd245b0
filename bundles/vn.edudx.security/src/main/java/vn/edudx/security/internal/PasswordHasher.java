package vn.edudx.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns passwords into slow salted hashes, {@code pbkdf2-sha512$<iterations>$<salt>$<hash>} (salt
 * and hash in base64), so that a stolen database does not give away passwords cheaply. The
 * iterations are kept in each hash: raising them later leaves older hashes verifiable.
 *
 * <p>Not final only so that tests can count the hashes computed.
 */
class PasswordHasher {

  /** OWASP's recommendation (2023) for PBKDF2-HMAC-SHA512. */
  static final int DEFAULT_ITERATIONS = 210_000;

  static final String SCHEME = "pbkdf2-sha512";

  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 64;

  /** Far above any sane setting: a stored hash that asks for more is damaged or hostile. */
  private static final int MAX_ITERATIONS = 10_000_000;

  private final int iterations;
  private final SecureRandom random = new SecureRandom();
  private volatile String decoy;

  PasswordHasher() {
    this(DEFAULT_ITERATIONS);
  }

  PasswordHasher(int iterations) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("iterations out of range: " + iterations);
    }
    this.iterations = iterations;
  }

  int iterations() {
    return iterations;
  }

  /** A new hash of the password with a fresh random salt. */
  String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = pbkdf2(password, salt, iterations, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + '$'
        + iterations
        + '$'
        + b64.encodeToString(salt)
        + '$'
        + b64.encodeToString(hash);
  }

  /**
   * A hash of a random password nobody knows, at this hasher's cost: verifying against it when a
   * user does not exist takes as long as for a user who does.
   */
  String decoy() {
    String d = decoy;
    if (d == null) {
      char[] unknown = new char[32];
      for (int i = 0; i < unknown.length; i++) {
        unknown[i] = (char) ('!' + random.nextInt(94));
      }
      d = hash(unknown);
      decoy = d;
    }
    return d;
  }

  /**
   * Whether the password matches the stored hash, compared in constant time; a malformed or missing
   * hash never matches.
   */
  boolean verify(char[] password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$", -1);
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    try {
      int n = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (n < 1 || n > MAX_ITERATIONS || salt.length == 0 || expected.length == 0) {
        return false;
      }
      byte[] actual = pbkdf2(password, salt, n, expected.length);
      return MessageDigest.isEqual(actual, expected);
    } catch (IllegalArgumentException e) { // a bad number or bad base64
      return false;
    }
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      // Every Java 17 runtime has this algorithm; its absence is a broken runtime.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
