package vn.edudx.rest.internal.dto;

import java.time.Instant;
import java.util.List;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.SetVersion;

/**
 * A stored version of an indicator set: its status, where it came from, its checksum, and the
 * periods it scores.
 */
public record SetVersionDTO(
    String id,
    int version,
    TextDTO title,
    String status,
    String origin,
    String checksum,
    Instant createdAt,
    String createdBy,
    List<ActivationDTO> activations) {

  /** The version a period is scored with, who chose it and when. */
  public record ActivationDTO(String setId, String period, int version, Instant at, String by) {
    public static ActivationDTO of(Activation a) {
      return new ActivationDTO(a.setId(), a.period(), a.version(), a.at(), a.by());
    }
  }

  public static SetVersionDTO of(SetVersion v, List<Activation> activations) {
    return new SetVersionDTO(
        v.id(),
        v.version(),
        TextDTO.of(v.title()),
        v.status().name(),
        v.origin(),
        v.checksum(),
        v.createdAt(),
        v.createdBy(),
        activations.stream()
            .filter(a -> a.setId().equals(v.id()) && a.version() == v.version())
            .map(ActivationDTO::of)
            .toList());
  }
}
