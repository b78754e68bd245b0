package vn.edudx.api.collect;

/**
 * A key just issued, with its secret: the only time the secret exists outside the school's system.
 *
 * @param secret {@code edx_} followed by 32 random bytes in URL-safe base64
 */
public record IssuedApiToken(ApiToken token, String secret) {}
