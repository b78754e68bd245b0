package vn.edudx.scoring.drools.internal.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.IndicatorSet;

/**
 * Reads an indicator-set definition (JSON) and checks it, reporting every problem at once with the
 * place in the file, never a stack trace from inside a library.
 */
public final class DefinitionReader {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.scoring.drools.internal.messages", DefinitionReader.class);

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Reads and validates a definition.
   *
   * @param file the file name, for messages
   * @throws EduDxException of kind INVALID listing every problem found
   */
  public IndicatorSet read(String file, InputStream in) {
    IndicatorSet set;
    try {
      set = mapper.readValue(in, IndicatorSet.class);
    } catch (MismatchedInputException e) {
      throw new EduDxException(EduDxException.Kind.INVALID, syntax(file, e, path(e)));
    } catch (JsonProcessingException e) {
      throw new EduDxException(EduDxException.Kind.INVALID, syntax(file, e, ""));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
    List<Problem> problems = new DefinitionValidator(file).validate(set);
    if (!problems.isEmpty()) {
      throw new EduDxException(EduDxException.Kind.INVALID, problems);
    }
    return set;
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static Problem syntax(String file, JsonProcessingException e, String path) {
    var loc = e.getLocation();
    String value = e instanceof InvalidFormatException f ? String.valueOf(f.getValue()) : null;
    return MESSAGES.problem(
        "definition.syntax",
        path.isEmpty() ? null : path,
        loc == null ? null : loc.getLineNr(),
        loc == null ? null : loc.getColumnNr(),
        value,
        file,
        e.getOriginalMessage());
  }
}
