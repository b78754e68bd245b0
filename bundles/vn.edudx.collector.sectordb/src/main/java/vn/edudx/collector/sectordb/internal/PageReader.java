package vn.edudx.collector.sectordb.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.IncomingRow;

/**
 * Reads one page of the export strictly: a page that is not JSON of the contract is the source's
 * failure (nothing is ingested); an item that lacks its unit or period, or a mapped field that is
 * not a single value, is a problem located by the item's place and the field's name.
 */
final class PageReader {

  /**
   * A page read.
   *
   * @param rows one row per mapped field present in an item; {@code row} is the item's 1-based
   *     place
   * @param problems what is wrong in the items
   * @param items how many items the page had
   * @param nextCursor the cursor after this page, or {@code null} when the source gave none
   * @param hasMore whether another page follows now
   */
  record Page(
      List<IncomingRow> rows,
      List<Problem> problems,
      int items,
      String nextCursor,
      boolean hasMore) {}

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final Mapping mapping;

  PageReader(Mapping mapping) {
    this.mapping = mapping;
  }

  Page read(byte[] body, String where) throws SourceException {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SourceException(
          e,
          "source.bad-json",
          where,
          e.getOriginalMessage(),
          String.valueOf(at == null ? 0 : at.getLineNr()),
          String.valueOf(at == null ? 0 : at.getColumnNr()));
    } catch (IOException e) {
      throw new SourceException(e, "source.bad-json", where, e.getMessage(), "0", "0");
    }
    if (root == null || !root.isObject()) {
      throw new SourceException("source.page.not-an-object", where);
    }
    JsonNode items = root.path("items");
    JsonNode hasMore = root.path("hasMore");
    JsonNode next = root.path("nextCursor");
    if (!items.isArray()) {
      throw new SourceException("source.page.items", where);
    }
    if (!hasMore.isBoolean()) {
      throw new SourceException("source.page.has-more", where);
    }
    if (!next.isMissingNode() && !next.isNull() && !next.isTextual()) {
      throw new SourceException("source.page.next-cursor", where);
    }
    String cursor = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
    if (hasMore.asBoolean() && cursor == null) {
      throw new SourceException("source.page.no-next-cursor", where);
    }
    List<IncomingRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      readItem(items.get(i), i + 1, rows, problems);
    }
    return new Page(rows, problems, items.size(), cursor, hasMore.asBoolean());
  }

  private void readItem(JsonNode item, int row, List<IncomingRow> rows, List<Problem> problems) {
    if (!item.isObject()) {
      problems.add(problem("item.not-an-object", null, row, item.toString()));
      return;
    }
    String unit = text(item.path("unitCode"));
    String period = text(item.path("period"));
    if (unit.isBlank()) {
      problems.add(problem("item.unit.missing", "unitCode", row, null));
    }
    if (period.isBlank()) {
      problems.add(problem("item.period.missing", "period", row, null));
    }
    String updated = text(item.path("updatedAt"));
    Cell note = new Cell(updated.isBlank() ? "" : "updatedAt " + updated, 0, "updatedAt");
    for (Mapping.Entry e : mapping.entries()) {
      JsonNode value = item.at(e.pointer());
      if (value.isMissingNode() || value.isNull()) {
        continue; // not reported by the source: no value, rather than an empty one
      }
      if (value.isContainerNode()) {
        problems.add(problem("item.field.not-a-value", e.path(), row, value.toString()));
        continue;
      }
      rows.add(
          new IncomingRow(
              row,
              new Cell(unit, 0, "unitCode"),
              new Cell(period, 0, "period"),
              new Cell(e.indicator(), 0, e.path()),
              new Cell(value.asText(), 0, e.path()),
              new Cell("", 0, "evidence"),
              note));
    }
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText().strip() : "";
  }

  private static Problem problem(String code, String field, int row, String value) {
    return SectorDbMessages.MESSAGES.problem(
        code, field, row, null, value, String.valueOf(row), field);
  }
}
