package vn.edudx.workflow.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;

/**
 * The workflow's problems, in both languages. Labels (states, actions, roles) are passed to a
 * pattern in both languages at once, Vietnamese then English, and each pattern takes its own.
 */
final class Texts {

  static final Messages MESSAGES =
      Messages.load("vn.edudx.workflow.internal.messages", Texts.class);

  private Texts() {}

  /** What a caller tried to do, for messages; the key is {@code action.<key>}. */
  enum Verb {
    LIST("list"),
    EDIT("edit"),
    SUBMIT("submit"),
    RETURN("return"),
    APPROVE("approve"),
    REVOKE("revoke"),
    START_EXTERNAL("start-external");

    private final String key;

    Verb(String key) {
      this.key = key;
    }

    LocalizedText label() {
      return MESSAGES.text("action." + key);
    }
  }

  static LocalizedText label(AssessmentState state) {
    return MESSAGES.text("state." + state.name());
  }

  static LocalizedText label(Role role) {
    return MESSAGES.text("role." + role.name());
  }

  private static LocalizedText join(List<LocalizedText> labels) {
    return new LocalizedText(
        labels.stream().map(LocalizedText::vi).collect(Collectors.joining(", ")),
        labels.stream().map(LocalizedText::en).collect(Collectors.joining(", ")));
  }

  static EduDxException invalid(String code, String field, String value, Object... args) {
    return new EduDxException(
        EduDxException.Kind.INVALID, MESSAGES.problem(code, field, null, null, value, args));
  }

  /** The unit is unknown, or one the caller may not see: the two are told apart by no one. */
  static EduDxException notFound(String unitCode) {
    return new EduDxException(
        EduDxException.Kind.NOT_FOUND,
        MESSAGES.problem("unit.unknown", "unitCode", null, null, unitCode, unitCode));
  }

  static EduDxException anonymous() {
    return new EduDxException(
        EduDxException.Kind.FORBIDDEN,
        MESSAGES.problem("caller.anonymous", null, null, null, null));
  }

  static EduDxException forbidden(Caller caller, Verb verb, Role... allowed) {
    LocalizedText role = label(caller.role());
    LocalizedText action = verb.label();
    LocalizedText roles = join(Arrays.stream(allowed).map(Texts::label).toList());
    return new EduDxException(
        EduDxException.Kind.FORBIDDEN,
        MESSAGES.problem(
            "forbidden",
            null,
            null,
            null,
            null,
            caller.username(),
            role.vi(),
            role.en(),
            action.vi(),
            action.en(),
            roles.vi(),
            roles.en()));
  }

  static EduDxException wrongState(Assessment a, Verb verb, AssessmentState... allowed) {
    LocalizedText action = verb.label();
    LocalizedText state = label(a.state());
    LocalizedText states = join(Arrays.stream(allowed).map(Texts::label).toList());
    return invalid(
        "state.wrong",
        "state",
        a.state().name(),
        a.unitCode(),
        a.period(),
        action.vi(),
        action.en(),
        state.vi(),
        state.en(),
        states.vi(),
        states.en());
  }
}
