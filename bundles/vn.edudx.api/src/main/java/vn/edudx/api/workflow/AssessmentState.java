package vn.edudx.api.workflow;

/**
 * Where a unit's assessment of a period stands (after K12Online's DTI workflow, see
 * docs/user-guide.md): DRAFT → SUBMITTED → RETURNED (with a reason) or APPROVED; APPROVED →
 * RETURNED again when the office revokes it. A school edits its values only in DRAFT or RETURNED.
 */
public enum AssessmentState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED
}
