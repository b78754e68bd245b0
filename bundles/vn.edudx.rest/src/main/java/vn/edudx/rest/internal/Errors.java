package vn.edudx.rest.internal;

import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.rest.internal.dto.ErrorDTO;
import vn.edudx.rest.internal.dto.ProblemDTO;
import vn.edudx.rest.internal.dto.TextDTO;

/**
 * Turns every failure into a JSON answer a person can act on: what was wrong, where, how to fix it.
 * Faults of EduDX itself are logged with an id that the answer gives, never a stack trace.
 */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  /**
   * The path of the request being answered on this thread, set by {@link RestServlet}: Jersey's
   * {@code @Context} injection does not reach mapper instances registered from inside OSGi.
   */
  static final ThreadLocal<String> PATH = new ThreadLocal<>();

  private Errors() {}

  static Response answer(int status, TextDTO title, List<Problem> problems) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ErrorDTO(status, title, problems.stream().map(ProblemDTO::of).toList()))
        .build();
  }

  /**
   * 401: the caller must sign in (again); the message says why and how, and {@code
   * WWW-Authenticate} names the scheme.
   */
  static Response unauthorized(String key) {
    return Response.fromResponse(
            answer(
                401,
                Texts.title(401),
                List.of(Texts.MESSAGES.problem(key, "Authorization", null, null, null))))
        .header("WWW-Authenticate", "Bearer realm=\"edudx\"")
        .build();
  }

  /**
   * 401 of {@code POST /api/v1/observations}: no school key, or one that is unknown or revoked;
   * {@code WWW-Authenticate} names the header to send it in.
   */
  static Response unauthorizedKey(String key) {
    return Response.fromResponse(
            answer(
                401,
                Texts.title(401),
                List.of(
                    Texts.MESSAGES.problem(
                        key, ObservationsResource.KEY_HEADER, null, null, null))))
        .header(
            "WWW-Authenticate",
            "ApiKey realm=\"edudx\", header=\"" + ObservationsResource.KEY_HEADER + "\"")
        .build();
  }

  /** 403: the caller is signed in but the role does not allow this. */
  static Response forbidden(vn.edudx.api.security.Caller caller) {
    return answer(
        403,
        Texts.title(403),
        List.of(
            Texts.MESSAGES.problem(
                "auth.forbidden", null, null, null, null, caller.username(), caller.role())));
  }

  /** 429: too many failed sign-ins; {@code Retry-After} says when to try again, in seconds. */
  static Response throttled(java.time.Duration retryAfter) {
    long seconds = Math.max(1, retryAfter.toSeconds());
    return Response.fromResponse(
            answer(
                429,
                Texts.title(429),
                List.of(Texts.MESSAGES.problem("auth.throttled", null, null, null, null, seconds))))
        .header("Retry-After", Long.toString(seconds))
        .build();
  }

  /** Problems a request caused. */
  static final class Known implements ExceptionMapper<EduDxException> {
    @Override
    public Response toResponse(EduDxException e) {
      int status =
          switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNAVAILABLE -> 503;
          };
      return answer(status, Texts.title(status), e.problems());
    }
  }

  /** JAX-RS's own answers (unknown path, wrong method), in the same shape, naming the path. */
  static final class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String path = PATH.get() == null ? "?" : PATH.get();
      String key = Texts.MESSAGES.has("http." + status) ? "http." + status : "http.other";
      return answer(
          status,
          Texts.title(status),
          List.of(
              Problem.general(
                  "http." + status,
                  Texts.MESSAGES.text(key, path, status),
                  Texts.MESSAGES.text("http.hint"))));
    }
  }

  /** Anything else: a fault of EduDX, logged with an id the caller can quote. */
  static final class Unexpected implements ExceptionMapper<RuntimeException> {

    private final Web web;
    private final Known known = new Known();

    Unexpected(Web web) {
      this.web = web;
    }

    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException w) {
        return web.toResponse(w);
      }
      if (e instanceof EduDxException k) {
        return known.toResponse(k);
      }
      String id = Long.toString(System.nanoTime(), 36);
      LOG.error("Unexpected failure {} while answering {}", id, PATH.get(), e);
      return answer(
          500,
          Texts.title(500),
          List.of(Texts.MESSAGES.problem("internal", null, null, null, null, id)));
    }
  }
}
