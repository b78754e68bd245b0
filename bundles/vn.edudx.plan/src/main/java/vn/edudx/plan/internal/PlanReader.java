package vn.edudx.plan.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.plan.PlanDefinition;

/**
 * Reads a plan definition from JSON and checks it against the indicator set it names, reporting
 * every problem at once with its JSON path, never a library's stack trace.
 */
public final class PlanReader {

  /**
   * Reads and validates a definition.
   *
   * @param file the file name, for messages
   * @param indicators the indicator set the metrics must read from, or {@code null} to check only
   *     the definition's own shape
   * @throws EduDxException of kind INVALID listing every problem found
   */
  public PlanDefinition read(String file, InputStream in, IndicatorSet indicators) {
    List<Problem> found = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addHandler(new Collecting(file, found, reported));
    PlanDefinition plan;
    try {
      plan = mapper.readValue(in, PlanDefinition.class);
    } catch (MismatchedInputException e) {
      found.add(syntax(file, e, path(e)));
      throw new EduDxException(EduDxException.Kind.INVALID, found);
    } catch (JsonProcessingException e) {
      found.add(syntax(file, e, null));
      throw new EduDxException(EduDxException.Kind.INVALID, found);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
    for (Problem p : new PlanValidator(file, indicators).validate(plan)) {
      // A value Jackson could not read is reported already; it is not also "missing".
      if (p.field() == null || !reported.contains(p.field())) {
        found.add(p);
      }
    }
    if (!found.isEmpty()) {
      throw new EduDxException(EduDxException.Kind.INVALID, found);
    }
    return plan;
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static Problem syntax(String file, JsonProcessingException e, String path) {
    var loc = e.getLocation();
    return Texts.MESSAGES.problem(
        "plan.definition.syntax",
        path == null || path.isEmpty() ? null : path,
        loc == null ? null : loc.getLineNr(),
        loc == null ? null : loc.getColumnNr(),
        null,
        file,
        e.getOriginalMessage());
  }

  /** Turns a value no enum has (a metric kind, a unit type) into a located problem, reading on. */
  private static final class Collecting extends DeserializationProblemHandler {
    private final String file;
    private final List<Problem> found;
    private final Set<String> reported;

    Collecting(String file, List<Problem> found, Set<String> reported) {
      this.file = file;
      this.found = found;
      this.reported = reported;
    }

    @Override
    public Object handleWeirdStringValue(
        DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
      if (!targetType.isEnum()) {
        return NOT_HANDLED;
      }
      JsonParser p = ctxt.getParser();
      var loc = p.getTokenLocation();
      String allowed =
          Stream.of(targetType.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
      String where = path(p.getParsingContext());
      reported.add(where);
      found.add(
          Texts.MESSAGES.problem(
              "plan.definition.value.unknown",
              where,
              loc.getLineNr(),
              loc.getColumnNr(),
              value,
              file,
              where,
              value,
              allowed));
      return null;
    }

    private static String path(JsonStreamContext context) {
      List<String> parts = new ArrayList<>();
      for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
        if (c.inArray()) {
          parts.add(0, "[" + c.getCurrentIndex() + "]");
        } else if (c.getCurrentName() != null) {
          parts.add(0, "." + c.getCurrentName());
        }
      }
      String joined = String.join("", parts);
      return joined.startsWith(".") ? joined.substring(1) : joined;
    }
  }
}
