package vn.edudx.plan.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanPublication;

/**
 * A plan publication's canonical JSON, written the way the rankings' publications are, so that the
 * same content always gives the same bytes and anyone can recompute its checksum: properties and
 * map entries sorted by name, instants in ISO-8601, decimals in plain notation, no whitespace.
 */
final class PlanJson {

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // Records' properties all come from their constructor; sort those too.
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          // Derived properties (a provenance's "demo") are written but not read back.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build()
          // Through a tree (forPublic), 50 stays 50 and 53.10 stays 53.10, not 5E+1 and 53.1.
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private PlanJson() {}

  /** The snapshot's canonical JSON in UTF-8. */
  static byte[] write(PlanPublication snapshot) {
    try {
      return CANONICAL.writeValueAsBytes(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write plan publication " + snapshot.id(), e);
    }
  }

  /** A plan definition's canonical JSON, as a stored version keeps it. */
  static String canonical(PlanDefinition plan) {
    try {
      return CANONICAL.writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write plan " + plan.key(), e);
    }
  }

  static PlanPublication read(byte[] json) {
    try {
      return CANONICAL.readValue(json, PlanPublication.class);
    } catch (IOException e) {
      throw new IllegalStateException("A plan publication cannot be read", e);
    }
  }

  /**
   * The snapshot as the public may read it: every provenance in the evaluation (the targets'
   * inputs, the tasks' inputs, whatever else it comes to hold) without the file name and the user
   * who received it ({@link Provenance#forPublic}). Done on the JSON tree, so that it reaches every
   * field named {@code provenance} without rebuilding the records.
   */
  static PlanPublication forPublic(PlanPublication snapshot) {
    JsonNode tree = CANONICAL.valueToTree(snapshot);
    sanitise(tree.path("evaluation"));
    try {
      return CANONICAL.treeToValue(tree, PlanPublication.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read back plan publication " + snapshot.id(), e);
    }
  }

  private static void sanitise(JsonNode node) {
    if (node.isArray()) {
      node.forEach(PlanJson::sanitise);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    JsonNode provenance = object.get("provenance");
    if (provenance != null && provenance.isObject()) {
      try {
        Provenance p = CANONICAL.treeToValue(provenance, Provenance.class);
        object.set("provenance", CANONICAL.valueToTree(p.forPublic()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("A provenance cannot be read", e);
      }
    }
    object
        .fields()
        .forEachRemaining(
            f -> {
              if (!f.getKey().equals("provenance")) {
                sanitise(f.getValue());
              }
            });
  }

  /** The SHA-256 of the bytes, in lower-case hex. */
  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
