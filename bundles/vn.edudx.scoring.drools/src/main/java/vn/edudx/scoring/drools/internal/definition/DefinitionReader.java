package vn.edudx.scoring.drools.internal.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.IndicatorSet;

/**
 * Reads an indicator-set definition (JSON, or the XLSX workbook office staff edit) and checks it,
 * reporting every problem at once with the place in the file, never a stack trace from inside a
 * library.
 */
public final class DefinitionReader {

  private static final Messages MESSAGES =
      Messages.load("vn.edudx.scoring.drools.internal.messages", DefinitionReader.class);

  /** The JSON form stored and checksummed: the same definition always gives the same bytes. */
  private static final ObjectMapper CANONICAL =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * Reads and validates a JSON definition.
   *
   * @param file the file name, for messages
   * @throws EduDxException of kind INVALID listing every problem found
   */
  public IndicatorSet read(String file, InputStream in) {
    List<Problem> found = new ArrayList<>();
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addHandler(new Collecting(file, found));
    IndicatorSet set;
    try {
      set = mapper.readValue(in, IndicatorSet.class);
    } catch (MismatchedInputException e) {
      found.add(syntax(file, e, path(e)));
      throw new EduDxException(EduDxException.Kind.INVALID, found);
    } catch (JsonProcessingException e) {
      found.add(syntax(file, e, ""));
      throw new EduDxException(EduDxException.Kind.INVALID, found);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
    return checked(file, set, found, (place, p) -> p);
  }

  /** Reads a definition from bytes, JSON or XLSX told apart by content (an XLSX file is a zip). */
  public IndicatorSet read(String file, byte[] content) {
    if (content.length == 0) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          MESSAGES.problem("definition.empty", null, null, null, null, file));
    }
    if (content.length > 3 && content[0] == 'P' && content[1] == 'K') {
      WorkbookDefinition workbook = new WorkbookDefinition(file);
      return checked(file, workbook.read(content), List.of(), workbook::locate);
    }
    int i = 0;
    // A JSON definition starts with "{", after a byte-order mark or white space.
    if (content.length >= 3 && (content[0] & 0xFF) == 0xEF) {
      i = 3;
    }
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    if (i >= content.length || content[i] != '{') {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          MESSAGES.problem("definition.format", null, null, null, null, file));
    }
    return read(file, new ByteArrayInputStream(content, i, content.length - i));
  }

  /** Moves a problem found by the checks to where the office will look for it. */
  interface Locator {
    Problem locate(Optional<Map.Entry<DefinitionValidator.Place, String>> place, Problem p);
  }

  private static IndicatorSet checked(
      String file, IndicatorSet set, List<Problem> earlier, Locator locator) {
    List<Problem> problems = new ArrayList<>(earlier);
    boolean unknownValues = !earlier.isEmpty();
    DefinitionValidator validator = new DefinitionValidator(file);
    for (Problem p : validator.validate(set)) {
      // A value Jackson could not read is already reported; do not report it again as missing.
      if (!(unknownValues && p.code().equals("definition.required"))) {
        problems.add(p.field() == null ? p : locator.locate(validator.place(p.field()), p));
      }
    }
    if (!problems.isEmpty()) {
      throw new EduDxException(EduDxException.Kind.INVALID, problems);
    }
    return set;
  }

  /** The canonical JSON of a definition: what is stored and checksummed. */
  public static String canonical(IndicatorSet set) {
    try {
      return CANONICAL.writeValueAsString(set);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write indicator set " + set.key(), e);
    }
  }

  /** SHA-256 of the canonical JSON, in hex. */
  public static String checksum(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
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

  /**
   * Turns a value Jackson cannot convert (an unknown scoring type, a level that does not exist)
   * into a located problem and reads on, so that one response lists every mistake.
   */
  private static final class Collecting extends DeserializationProblemHandler {
    private final String file;
    private final List<Problem> found;

    Collecting(String file, List<Problem> found) {
      this.file = file;
      this.found = found;
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
      found.add(
          MESSAGES.problem(
              "definition.value.unknown",
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
