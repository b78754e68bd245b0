package vn.edudx.api.workflow;

import java.util.List;
import vn.edudx.api.security.Caller;

/**
 * The evaluation workflow of a unit's assessment for a period. Every method checks that the caller
 * may do it (a school only its own, office roles as documented) and throws {@link
 * vn.edudx.api.EduDxException} with kind INVALID (a missing reason, a wrong state), NOT_FOUND (an
 * unknown unit, or one the caller may not see), CONFLICT (a concurrent change) or FORBIDDEN.
 */
public interface AssessmentService {

  /** The assessment of the unit's applicable set, begun as a DRAFT if it has none yet. */
  Assessment get(String unitCode, String period, Caller caller);

  /** Assessments of a period for the office; a {@code null} state matches all. */
  List<Assessment> list(String period, AssessmentState state, Caller caller);

  /** Changes values: a school in DRAFT or RETURNED; the office in its external evaluation. */
  Assessment edit(String unitCode, String period, List<ValueEdit> edits, Caller caller);

  Assessment submit(String unitCode, String period, Caller caller);

  Assessment returnToSchool(String unitCode, String period, String reason, Caller caller);

  Assessment approve(String unitCode, String period, Caller caller);

  Assessment revoke(String unitCode, String period, String reason, Caller caller);

  /** The office begins its own evaluation from the school's current values. */
  Assessment startExternal(String unitCode, String period, Caller caller);

  /** Every transition and value change of the assessment, oldest first. */
  List<Transition> history(String unitCode, String period, Caller caller);

  Deadlines deadlines(String period);
}
