package vn.edudx.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import vn.edudx.api.EduDxException;
import vn.edudx.api.EduDxException.Kind;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.rest.internal.dto.PushDTOs;

/**
 * Turns a batch a school's system pushed into a delivery for the ingest pipeline, after the checks
 * that belong to the request rather than to the values: a batch id, a period, at most {@link
 * #MAX_VALUES} values, and every value for the key's own school.
 */
final class Push {

  /** The collector id recorded as the source of pushed values. */
  static final String SOURCE = "push";

  static final int MAX_VALUES = 5_000;
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Problems listed at most in one answer about the request's shape. */
  private static final int MAX_PROBLEMS = 50;

  private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private Push() {}

  /**
   * The delivery of a batch. Its checksum is of the school, the batch id and what the batch holds,
   * so that the same batch sent again is stored once; the same id with other values is told apart
   * by the caller (see {@link ObservationsResource}) and refused.
   *
   * @throws EduDxException INVALID for a malformed batch, FORBIDDEN for a value of another school
   */
  static IncomingBatch delivery(ApiToken key, PushDTOs.Batch body, Instant now) {
    if (body == null) {
      throw invalid("push.body.missing", "body", null);
    }
    String batchId = body.batchId() == null ? "" : body.batchId();
    if (!BATCH_ID.matcher(batchId).matches()) {
      throw invalid("push.batch-id.invalid", "batchId", batchId.isEmpty() ? null : batchId);
    }
    if (body.period() == null || body.period().isBlank()) {
      throw invalid("push.period.missing", "period", null);
    }
    List<PushDTOs.Value> values = body.values();
    if (values == null || values.isEmpty()) {
      throw invalid("push.values.missing", "values", null);
    }
    Problem tooMany = tooMany(body);
    if (tooMany != null) {
      throw new EduDxException(Kind.INVALID, tooMany);
    }
    List<Problem> missing = new ArrayList<>();
    List<Problem> foreign = new ArrayList<>();
    List<IncomingRow> rows = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      PushDTOs.Value v = values.get(i);
      String at = "values[" + i + "]";
      if (v == null) {
        missing.add(Texts.MESSAGES.problem("push.value.null", at, i + 1, null, null, at));
        continue;
      }
      String unit = v.unit() == null ? "" : v.unit().strip();
      if (!unit.equals(key.unitCode())) {
        foreign.add(
            Texts.MESSAGES.problem(
                "push.unit.other-school",
                at + ".unit",
                i + 1,
                null,
                unit.isEmpty() ? null : unit,
                at + ".unit",
                unit,
                key.unitCode()));
      }
      rows.add(
          new IncomingRow(
              i + 1,
              new Cell(unit, 0, at + ".unit"),
              new Cell(body.period().strip(), 0, "period"),
              new Cell(v.indicator(), 0, at + ".indicator"),
              new Cell(v.value(), 0, at + ".value"),
              new Cell(v.evidence(), 0, at + ".evidence"),
              new Cell(v.note(), 0, at + ".note")));
    }
    if (!missing.isEmpty()) {
      throw new EduDxException(Kind.INVALID, first(missing));
    }
    if (!foreign.isEmpty()) {
      throw new EduDxException(Kind.FORBIDDEN, first(foreign));
    }
    BatchHeader header =
        new BatchHeader(
            SOURCE,
            key.id(),
            batchId,
            checksum(key.unitCode(), batchId, content(body)),
            now,
            "api-token:" + key.id());
    return new IncomingBatch(header, rows, List.of(), false);
  }

  /** The problem of a batch with more than {@link #MAX_VALUES} values, or {@code null}. */
  static Problem tooMany(PushDTOs.Batch body) {
    if (body == null || body.values() == null || body.values().size() <= MAX_VALUES) {
      return null;
    }
    return Texts.MESSAGES.problem(
        "push.too-many", "values", null, null, null, body.values().size(), MAX_VALUES);
  }

  /** The SHA-256 of {@code unit|batchId|content}, hex: what makes a repeated batch a no-op. */
  static String checksum(String unitCode, String batchId, String content) {
    return sha256(unitCode + "|" + batchId + "|" + content);
  }

  /**
   * What a batch holds, as one text that differs whenever a value does: the period, then each
   * value's fields, each field marked as absent or given with its length, so no two batches share
   * it.
   */
  static String content(PushDTOs.Batch body) {
    StringBuilder text = new StringBuilder();
    field(text, body.period());
    for (PushDTOs.Value v : body.values()) {
      text.append('[');
      field(text, v.unit());
      field(text, v.indicator());
      field(text, v.value());
      field(text, v.evidence());
      field(text, v.note());
    }
    return sha256(text.toString());
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append('-');
    } else {
      text.append(value.length()).append(':').append(value);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static List<Problem> first(List<Problem> problems) {
    return problems.size() <= MAX_PROBLEMS ? problems : problems.subList(0, MAX_PROBLEMS);
  }

  private static EduDxException invalid(String key, String field, String value) {
    return new EduDxException(
        Kind.INVALID, Texts.MESSAGES.problem(key, field, null, null, value, field));
  }
}
