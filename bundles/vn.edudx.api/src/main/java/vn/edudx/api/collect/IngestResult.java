package vn.edudx.api.collect;

import java.util.Set;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.observation.ImportBatch;

/**
 * What became of a delivery: its batch record, the units whose scores were recomputed, and one
 * sentence for the person who sent it.
 */
public record IngestResult(ImportBatch batch, Set<String> unitsRescored, LocalizedText summary) {

  public IngestResult {
    unitsRescored = Set.copyOf(unitsRescored);
  }

  public boolean accepted() {
    return batch.status() != ImportBatch.Status.REJECTED;
  }
}
