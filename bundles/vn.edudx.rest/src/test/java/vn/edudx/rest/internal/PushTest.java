package vn.edudx.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.EduDxException.Kind;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.rest.internal.dto.PushDTOs;

class PushTest {

  private static final Instant NOW = Instant.parse("2025-05-01T08:00:00Z");
  private static final ApiToken KEY =
      new ApiToken("k1", "NN-TH-01", "SMAS", NOW, "admin", null, null, null);

  private static PushDTOs.Value value(String unit, String indicator, String v) {
    return new PushDTOs.Value(unit, indicator, v, "https://truong/minh-chung", "ghi chú");
  }

  private static PushDTOs.Batch batch(String id, PushDTOs.Value... values) {
    return new PushDTOs.Batch(id, "2024-2025", List.of(values));
  }

  @Test
  void aBatchBecomesADeliveryWithProvenanceAndValuesLocatedByTheirIndex() {
    IncomingBatch d =
        Push.delivery(
            KEY,
            batch(
                "smas-2025-05-01-0001",
                value("NN-TH-01", "4725.1.4", "50"),
                value(" NN-TH-01 ", "4725.1.5", "co")),
            NOW);

    var h = d.header();
    assertThat(h.source()).isEqualTo("push");
    assertThat(h.instance()).isEqualTo("k1");
    assertThat(h.origin()).isEqualTo("smas-2025-05-01-0001");
    assertThat(h.receivedBy()).isEqualTo("api-token:k1");
    assertThat(h.receivedAt()).isEqualTo(NOW);
    assertThat(h.checksum()).hasSize(64);
    assertThat(d.acceptValidRows()).isFalse();

    IncomingRow second = d.rows().get(1);
    assertThat(second.row()).isEqualTo(2);
    assertThat(second.unit().text()).isEqualTo("NN-TH-01");
    assertThat(second.period().text()).isEqualTo("2024-2025");
    assertThat(second.value().header()).isEqualTo("values[1].value");
    assertThat(second.indicator().header()).isEqualTo("values[1].indicator");
    assertThat(second.evidence().text()).isEqualTo("https://truong/minh-chung");
  }

  @Test
  void theChecksumIsOfTheSchoolTheBatchIdAndEveryFieldOfEveryValue() {
    IncomingBatch first = Push.delivery(KEY, batch("b-1", value("NN-TH-01", "a", "1")), NOW);
    IncomingBatch again =
        Push.delivery(KEY, batch("b-1", value("NN-TH-01", "a", "1")), NOW.plusSeconds(9));
    assertThat(again.header().checksum()).isEqualTo(first.header().checksum());

    for (IncomingBatch other :
        List.of(
            Push.delivery(KEY, batch("b-1", value("NN-TH-01", "b", "1")), NOW),
            Push.delivery(KEY, batch("b-1", value("NN-TH-01", "a", "2")), NOW),
            Push.delivery(KEY, batch("b-2", value("NN-TH-01", "a", "1")), NOW),
            Push.delivery(
                KEY,
                batch("b-1", value("NN-TH-01", "a", "1"), value("NN-TH-01", "a", "1")),
                NOW))) {
      assertThat(other.header().checksum()).isNotEqualTo(first.header().checksum());
    }
    ApiToken other = new ApiToken("k2", "NN-TH-02", null, NOW, "admin", null, null, null);
    assertThat(Push.delivery(other, batch("b-1", value("NN-TH-02", "a", "1")), NOW).header())
        .extracting(h -> h.checksum())
        .isNotEqualTo(first.header().checksum());
    // Fields are delimited by their lengths: moving text from one field to the next changes it.
    assertThat(
            Push.content(
                new PushDTOs.Batch(
                    "b", "2024-2025", List.of(new PushDTOs.Value("u", "ab", "c", null, null)))))
        .isNotEqualTo(
            Push.content(
                new PushDTOs.Batch(
                    "b", "2024-2025", List.of(new PushDTOs.Value("u", "a", "bc", null, null)))));
  }

  @Test
  void aValueOfAnotherSchoolIsForbiddenAndNamesItsPlace() {
    assertThatThrownBy(
            () ->
                Push.delivery(
                    KEY, batch("b", value("NN-TH-01", "a", "1"), value("NN-TH-02", "a", "1")), NOW))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.field()).isEqualTo("values[1].unit");
                        assertThat(p.value()).isEqualTo("NN-TH-02");
                        assertThat(p.message().vi()).contains("values[1].unit", "NN-TH-01");
                        assertThat(p.message().en()).contains("values[1].unit", "NN-TH-01");
                      });
            });
    assertThat(kind(batch("b", value(null, "a", "1")))).isEqualTo(Kind.FORBIDDEN);
  }

  @Test
  void theBatchIdPeriodAndValuesAreRequired() {
    assertThat(field(null)).isEqualTo("body");
    for (String bad : new String[] {null, "", "có dấu", "a/b", "x".repeat(101), "a b"}) {
      assertThat(field(batch(bad, value("NN-TH-01", "a", "1")))).as(bad).isEqualTo("batchId");
    }
    assertThat(kind(batch("a.B_c:1-" + "x".repeat(92), value("NN-TH-01", "a", "1")))).isNull();
    assertThat(field(new PushDTOs.Batch("b", " ", List.of(value("NN-TH-01", "a", "1")))))
        .isEqualTo("period");
    assertThat(field(new PushDTOs.Batch("b", "2024-2025", List.of()))).isEqualTo("values");
    assertThat(field(new PushDTOs.Batch("b", "2024-2025", null))).isEqualTo("values");
    List<PushDTOs.Value> withNull = new ArrayList<>();
    withNull.add(value("NN-TH-01", "a", "1"));
    withNull.add(null);
    assertThat(field(new PushDTOs.Batch("b", "2024-2025", withNull))).isEqualTo("values[1]");
  }

  @Test
  void atMostFiveThousandValues() {
    PushDTOs.Value v = value("NN-TH-01", "a", "1");
    assertThat(Push.tooMany(new PushDTOs.Batch("b", "2024-2025", Collections.nCopies(5_000, v))))
        .isNull();
    var p = Push.tooMany(new PushDTOs.Batch("b", "2024-2025", Collections.nCopies(5_001, v)));
    assertThat(p.field()).isEqualTo("values");
    assertThat(p.message().en()).contains("5001", "5000");
    assertThat(Push.tooMany(null)).isNull();
  }

  @Test
  void theJsonOfABatchIsReadStrictly() throws Exception {
    String json =
        "{\"batchId\":\"b\",\"period\":\"2024-2025\",\"values\":[{\"unit\":\"NN-TH-01\","
            + "\"indicator\":\"4725.1.4\",\"value\":\"50\"}]}";
    PushDTOs.Batch b = Json.MAPPER.readValue(json, PushDTOs.Batch.class);
    assertThat(b.values())
        .singleElement()
        .extracting(PushDTOs.Value::indicator)
        .isEqualTo("4725.1.4");
    assertThatThrownBy(
            () ->
                Json.MAPPER.readValue(
                    json.replace("\"value\":", "\"valeu\":"), PushDTOs.Batch.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void issuedKeysAreSerialisedWithTheirSecretAndListedKeysWithout() throws Exception {
    var issued = new vn.edudx.api.collect.IssuedApiToken(KEY, "edx_secret");
    String once =
        Json.MAPPER.writeValueAsString(
            PushDTOs.IssuedDTO.of(issued, ObservationsResource.KEY_HEADER, null));
    assertThat(once).contains("\"secret\" : \"edx_secret\"", "\"unit\" : \"NN-TH-01\"");
    String listed = Json.MAPPER.writeValueAsString(PushDTOs.ApiTokenDTO.of(KEY));
    assertThat(listed).doesNotContain("secret", "hash").contains("\"revoked\" : false");
  }

  private static Kind kind(PushDTOs.Batch b) {
    try {
      Push.delivery(KEY, b, NOW);
      return null;
    } catch (EduDxException e) {
      return e.kind();
    }
  }

  private static String field(PushDTOs.Batch b) {
    try {
      Push.delivery(KEY, b, NOW);
      throw new AssertionError("accepted");
    } catch (EduDxException e) {
      assertThat(e.kind()).isEqualTo(Kind.INVALID);
      return e.problems().get(0).field();
    }
  }
}
