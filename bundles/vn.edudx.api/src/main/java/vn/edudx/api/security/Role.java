package vn.edudx.api.security;

/**
 * What a signed-in user may do. Anonymous visitors have no role: they read published data only.
 *
 * <ul>
 *   <li>{@link #OFFICE_ADMIN}: manages users, indicator sets, collectors and the register; reviews.
 *   <li>{@link #OFFICE_REVIEWER}: reviews schools' assessments: returns, approves, revokes,
 *       evaluates externally.
 *   <li>{@link #LEADERSHIP}: reads everything of the office and publishes results.
 *   <li>{@link #SCHOOL}: bound to one school; reads and edits that school's own assessment only.
 * </ul>
 */
public enum Role {
  OFFICE_ADMIN,
  OFFICE_REVIEWER,
  LEADERSHIP,
  SCHOOL;

  /** Roles of the education office, which see every unit's unpublished data. */
  public boolean isOffice() {
    return this != SCHOOL;
  }
}
