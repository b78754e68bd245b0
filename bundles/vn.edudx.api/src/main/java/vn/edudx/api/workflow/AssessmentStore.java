package vn.edudx.api.workflow;

import java.util.List;
import java.util.Optional;

/** Where assessments and their audit history are kept. */
public interface AssessmentStore {

  Optional<Assessment> find(String unitCode, String period, String setId);

  /** Assessments of a period; a {@code null} state matches all. */
  List<Assessment> list(String period, AssessmentState state);

  /**
   * Stores an assessment and appends entries to its history, in one transaction. The assessment's
   * {@code revision} must be the stored one (or 0 for a new assessment); the stored revision
   * becomes one more.
   *
   * @return the assessment as stored
   * @throws vn.edudx.api.EduDxException CONFLICT if someone changed it in the meantime
   */
  Assessment save(Assessment assessment, List<Transition> entries);

  /** The history of one assessment, oldest first. */
  List<Transition> history(String unitCode, String period, String setId);
}
