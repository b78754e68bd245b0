package vn.edudx.workflow.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.workflow.ValueEdit;

/**
 * Turns the values a person typed in an assessment form into one delivery for the ingest pipeline,
 * so that they are validated, stored with provenance and scored exactly like collected data.
 */
final class EditDelivery {

  /** The source of values a school enters in its self-assessment. */
  static final String SCHOOL_SOURCE = IngestService.SELF_ASSESSMENT_SOURCE;

  /** The source of values the office enters in its external evaluation. */
  static final String OFFICE_SOURCE = IngestService.EXTERNAL_EVALUATION_SOURCE;

  static final String INSTANCE = "default";

  private EditDelivery() {}

  /**
   * The delivery of one edit request.
   *
   * @param revision the assessment's revision the edit was made over
   */
  static IncomingBatch of(
      String unitCode,
      String period,
      long revision,
      List<ValueEdit> edits,
      boolean office,
      String by,
      Instant at) {
    BatchHeader header =
        new BatchHeader(
            office ? OFFICE_SOURCE : SCHOOL_SOURCE,
            INSTANCE,
            "assessment/" + unitCode + "/" + period,
            checksum(unitCode, period, revision, edits, by, at),
            at,
            by);
    List<IncomingRow> rows = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      ValueEdit e = edits.get(i);
      rows.add(
          new IncomingRow(
              i + 1,
              new Cell(unitCode, 0, "unitCode"),
              new Cell(period, 0, "period"),
              new Cell(e.indicatorCode(), 0, "indicatorCode"),
              new Cell(e.value(), 0, "value"),
              new Cell(e.evidence(), 0, "evidence"),
              new Cell(e.note(), 0, "note")));
    }
    return new IncomingBatch(header, rows, List.of(), false);
  }

  /**
   * A checksum unique to this request. The pipeline drops a delivery whose checksum it has seen,
   * which is right for a file sent twice but wrong here: changing a value A → B → A must store A
   * again. So the request's revision, time and a random part go into it besides its content.
   */
  static String checksum(
      String unitCode, String period, long revision, List<ValueEdit> edits, String by, Instant at) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      StringBuilder text = new StringBuilder();
      for (Object part : List.of(unitCode, period, revision, by, at, UUID.randomUUID())) {
        text.append(part).append('\u0000');
      }
      for (ValueEdit e : edits) {
        text.append(e.indicatorCode()).append('\u0001').append(e.value()).append('\u0001');
        text.append(e.evidence()).append('\u0001').append(e.note()).append('\u0000');
      }
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
