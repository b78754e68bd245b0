package vn.edudx.api.security;

import java.time.Instant;

/**
 * What a successful login gives: a bearer token, shown once, that expires and can be revoked.
 *
 * @param token the secret to send as {@code Authorization: Bearer <token>}; only its hash is stored
 */
public record Session(String token, Caller caller, Instant expiresAt) {}
