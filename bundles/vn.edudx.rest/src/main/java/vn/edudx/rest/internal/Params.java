package vn.edudx.rest.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Period;

/** Reads query parameters, answering a clear 400 when one is missing or wrong. */
final class Params {

  private Params() {}

  static String required(String name, String value, String example) {
    if (value == null || value.isBlank()) {
      throw invalid("param.required", name, null, name, example);
    }
    return value.strip();
  }

  static Period period(String value) {
    return Period.parse(required("period", value, "?period=2024-2025"));
  }

  /** An enum constant by name, case-insensitively; {@code null} when not given. */
  static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    throw invalid("param.enum", name, value, name, value, allowed);
  }

  /** {@code true} or {@code false}; not given is {@code false}. */
  static boolean optionalBoolean(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw invalid("param.enum", name, value, name, value, "true, false");
    };
  }

  /**
   * A whole number within {@code min..max}, or {@code fallback} when not given; anything else is a
   * clear 400 (JAX-RS would answer a bare 404 for a number it cannot read).
   */
  static int optionalInt(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    String range = min + "–" + max;
    throw invalid("param.number", name, value, name, value, range);
  }

  /** A 400 answer about one parameter, from the messages {@code key} and {@code key.hint}. */
  static EduDxException invalid(String key, String field, String value, Object... args) {
    return new EduDxException(
        EduDxException.Kind.INVALID, Texts.MESSAGES.problem(key, field, null, null, value, args));
  }

  static EduDxException notFound(String key, Object... args) {
    return new EduDxException(
        EduDxException.Kind.NOT_FOUND, Texts.MESSAGES.problem(key, null, null, null, null, args));
  }
}
