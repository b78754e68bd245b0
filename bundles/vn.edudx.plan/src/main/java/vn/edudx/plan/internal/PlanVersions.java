package vn.edudx.plan.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.plan.PlanDefinition;
import vn.edudx.api.plan.PlanStore;
import vn.edudx.api.plan.PlanVersion;

/**
 * Plan definitions as frozen versions in the store: each is kept as canonical JSON with its
 * SHA-256, so that the same definition, shipped or uploaded, is the same bytes, and other content
 * under a stored number is refused.
 */
final class PlanVersions {

  private static final Logger LOG = LoggerFactory.getLogger(PlanVersions.class);

  private final PlanStore store;

  /** Definitions read back from the store, by checksum: a stored version never changes. */
  private final Map<String, PlanDefinition> parsed = new ConcurrentHashMap<>();

  PlanVersions(PlanStore store) {
    this.store = store;
  }

  /** The definition as the canonical JSON its checksum covers (the publications' form). */
  static String canonical(PlanDefinition plan) {
    return PlanJson.canonical(plan);
  }

  static String sha256(String text) {
    return PlanJson.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Stores a checked definition as a version.
   *
   * @throws vn.edudx.api.EduDxException CONFLICT when its number is stored with other content
   */
  PlanVersion register(PlanDefinition plan, String origin, String by, Instant at) {
    String json = canonical(plan);
    String checksum = sha256(json);
    PlanVersion stored =
        store.save(
            new PlanVersion(
                plan.id(), plan.version(), plan.title(), origin, checksum, at, by, json));
    parsed.putIfAbsent(checksum, plan);
    return stored;
  }

  /** Every stored version's definition, by id and version. */
  List<PlanDefinition> definitions() {
    List<PlanDefinition> all = new ArrayList<>();
    for (PlanVersion v : store.versions()) {
      PlanDefinition known = parsed.get(v.checksum());
      if (known == null) {
        try {
          known = read(store.find(v.id(), v.version()).orElseThrow());
        } catch (EduDxException e) {
          // Stored under older checks: the other plans stay available; this one says why not.
          LOG.error(
              "Stored plan {} no longer reads: {}",
              v.key(),
              e.problems().stream().map(p -> p.message().en()).toList());
          continue;
        }
        parsed.put(v.checksum(), known);
      }
      all.add(known);
    }
    return all;
  }

  List<PlanVersion> versions() {
    return store.versions();
  }

  /** A stored definition, checked when it was stored: only its shape is read again. */
  private static PlanDefinition read(PlanVersion v) {
    return new PlanReader()
        .read(
            v.key() + ".json",
            new ByteArrayInputStream(v.definition().getBytes(StandardCharsets.UTF_8)),
            null);
  }
}
