package vn.edudx.api.security;

import java.time.Instant;

/**
 * A user as the office administers it; the password hash never leaves the store.
 *
 * @param unitCode the school of a {@link Role#SCHOOL} user, else the office or {@code null}
 */
public record User(
    String username,
    String displayName,
    Role role,
    String unitCode,
    boolean enabled,
    Instant createdAt) {}
