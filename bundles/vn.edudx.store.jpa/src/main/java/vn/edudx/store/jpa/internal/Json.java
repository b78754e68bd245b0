package vn.edudx.store.jpa.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import vn.edudx.api.Problem;
import vn.edudx.api.score.Score;

/** Turns the parts kept as JSON (problems, score explanations) into text and back. */
final class Json {

  private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {};

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON for " + value.getClass(), e);
    }
  }

  List<Problem> problems(String json) {
    return json == null ? List.of() : read(json, PROBLEMS);
  }

  Score score(String json) {
    try {
      return mapper.readValue(json, Score.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored score cannot be read", e);
    }
  }

  private <T> T read(String json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON cannot be read", e);
    }
  }
}
