package vn.edudx.api.workflow;

/** What happened to an assessment, as recorded in its history. */
public enum Action {
  /** The school sent its self-assessment to the office. */
  SUBMIT,
  /** The office sent it back for changes, with a reason. */
  RETURN,
  /** The office accepted it: its score is frozen as the approved result. */
  APPROVE,
  /** The office withdrew an approval, with a reason: the assessment goes back to the school. */
  REVOKE,
  /** The office began its own evaluation from a copy of the school's values. */
  START_EXTERNAL,
  /** A value was changed, by the school in its draft or by the office in its evaluation. */
  EDIT_VALUE
}
