package vn.edudx.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import vn.edudx.api.security.Role;
import vn.edudx.api.security.UserStore.StoredUser;

/** A user who may sign in, with the slow salted hash of the password and never the password. */
@Entity
@Table(name = "EDUDX_USER")
public class UserEntity {

  @Id
  @Column(name = "USERNAME", length = 64)
  private String username;

  @Column(name = "DISPLAY_NAME", length = 200, nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "USER_ROLE", length = 32, nullable = false)
  private Role role;

  @Column(name = "UNIT_CODE", length = 32)
  private String unitCode;

  @Column(name = "PASSWORD_HASH", length = 255, nullable = false)
  private String passwordHash;

  @Column(name = "ENABLED", nullable = false)
  private boolean enabled;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  protected UserEntity() {}

  UserEntity(String username) {
    this.username = username;
  }

  void copyFrom(StoredUser u) {
    displayName = u.displayName();
    role = u.role();
    unitCode = u.unitCode();
    passwordHash = u.passwordHash();
    enabled = u.enabled();
    createdAt = u.createdAt();
  }

  StoredUser toStored() {
    return new StoredUser(username, displayName, role, unitCode, passwordHash, enabled, createdAt);
  }
}
