package vn.edudx.publish.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.edudx.api.publication.Snapshot;

/**
 * Writes a snapshot as canonical JSON, so that the same content always gives the same bytes and
 * anyone can recompute its checksum: properties and map entries sorted by name, instants in
 * ISO-8601, decimals in plain notation, no whitespace.
 */
final class CanonicalJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // Records' properties all come from their constructor; sort those too.
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private CanonicalJson() {}

  /** The snapshot's canonical JSON in UTF-8. */
  static byte[] write(Snapshot snapshot) {
    try {
      return MAPPER.writeValueAsBytes(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write publication " + snapshot.id(), e);
    }
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
