package vn.edudx.api;

import java.util.List;

/**
 * Thrown when a request cannot be carried out because of what was asked, carrying the problems a
 * person must fix; never used for faults of EduDX itself.
 */
public class EduDxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How the REST layer should answer. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    /** The caller is signed in but may not do this. */
    FORBIDDEN,
    UNAVAILABLE
  }

  private final Kind kind;
  private final transient List<Problem> problems;

  public EduDxException(Kind kind, List<Problem> problems) {
    super(problems.isEmpty() ? kind.name() : problems.get(0).message().en());
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public EduDxException(Kind kind, Problem problem) {
    this(kind, List.of(problem));
  }

  public Kind kind() {
    return kind;
  }

  public List<Problem> problems() {
    return problems;
  }
}
