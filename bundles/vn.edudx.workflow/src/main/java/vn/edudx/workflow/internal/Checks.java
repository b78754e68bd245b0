package vn.edudx.workflow.internal;

import static vn.edudx.api.security.Role.OFFICE_ADMIN;
import static vn.edudx.api.security.Role.OFFICE_REVIEWER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.ValueEdit;
import vn.edudx.workflow.internal.Texts.Verb;

/** What a request must satisfy before the workflow changes anything, each with its problem. */
final class Checks {

  /** The longest reason of a return or revocation. */
  static final int MAX_REASON = 2000;

  /** The roles that return, approve, revoke and evaluate externally. */
  private static final Role[] DECIDERS = {OFFICE_ADMIN, OFFICE_REVIEWER};

  private Checks() {}

  static boolean isDecider(Caller caller) {
    return caller.role() == OFFICE_ADMIN || caller.role() == OFFICE_REVIEWER;
  }

  static void requireSignedIn(Caller caller) {
    if (caller == null) {
      throw Texts.anonymous();
    }
  }

  static void requireDecider(Caller caller, Verb verb) {
    if (!isDecider(caller)) {
      throw Texts.forbidden(caller, verb, DECIDERS);
    }
  }

  static void requireState(Assessment a, Verb verb, AssessmentState... allowed) {
    if (!Arrays.asList(allowed).contains(a.state())) {
      throw Texts.wrongState(a, verb, allowed);
    }
  }

  static String requireReason(String reason, Verb verb) {
    if (reason == null || reason.isBlank()) {
      var action = verb.label();
      throw Texts.invalid("reason.required", "reason", reason, action.vi(), action.en());
    }
    String why = reason.strip();
    if (why.length() > MAX_REASON) {
      throw Texts.invalid("reason.too-long", "reason", null, MAX_REASON, why.length());
    }
    return why;
  }

  /** Checks what the ingest pipeline cannot: something to store, and the office's notes. */
  static void requireEdits(List<ValueEdit> edits, boolean office) {
    if (edits == null || edits.isEmpty()) {
      throw Texts.invalid("edits.empty", "edits", null);
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      ValueEdit e = edits.get(i);
      int row = i + 1;
      if (e == null || e.indicatorCode() == null || e.indicatorCode().isBlank()) {
        problems.add(
            Texts.MESSAGES.problem(
                "edit.indicator.required", "indicatorCode", row, null, null, row));
      } else if (e.value() == null || e.value().isBlank()) {
        problems.add(
            Texts.MESSAGES.problem(
                "edit.value.required", "value", row, null, null, e.indicatorCode(), row));
      } else if (office && (e.note() == null || e.note().isBlank())) {
        problems.add(
            Texts.MESSAGES.problem(
                "edit.note.required", "note", row, null, null, e.indicatorCode(), row));
      }
    }
    if (!problems.isEmpty()) {
      throw new EduDxException(EduDxException.Kind.INVALID, problems);
    }
  }
}
