package vn.edudx.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.ApiTokenService;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.collect.IssuedApiToken;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.security.Caller;
import vn.edudx.rest.internal.dto.ErrorDTO;
import vn.edudx.rest.internal.dto.PushDTOs;

/**
 * The push endpoint over fakes of the key service, the pipeline and the store: who gets in, what is
 * refused before the pipeline sees it, and how each outcome of the pipeline is answered.
 */
class ObservationsResourceTest {

  private static final Instant NOW = Instant.parse("2025-05-01T08:00:00Z");
  private static final String SECRET = "edx_good";
  private static final ApiToken KEY =
      new ApiToken("k1", "NN-TH-01", "SMAS", NOW, "admin", null, null, null);

  private final List<IncomingBatch> ingested = new ArrayList<>();
  private ImportBatch.Status status = ImportBatch.Status.ACCEPTED;
  private ImportBatch original;

  private final ObservationsResource resource =
      new ObservationsResource(
          new Keys(), this::pipeline, new Batches(), Clock.fixed(NOW, ZoneOffset.UTC));

  private final Pipeline pipeline = new Pipeline();

  private Pipeline pipeline() {
    return pipeline;
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String batch(String batchId, String unit, String value) {
    return "{\"batchId\":\""
        + batchId
        + "\",\"period\":\"2024-2025\",\"values\":[{\"unit\":\""
        + unit
        + "\",\"indicator\":\"4725.1.4\",\"value\":\""
        + value
        + "\"}]}";
  }

  private static String code(Response r) {
    return ((ErrorDTO) r.getEntity()).problems().get(0).code();
  }

  @Test
  void withoutAKeyOrWithAWrongOneNothingIsReadAndTheAnswerIs401() throws IOException {
    for (String secret : new String[] {null, " ", "edx_wrong", "Bearer " + SECRET}) {
      Response r = resource.push(secret, json(batch("b", "NN-TH-01", "50")));
      assertThat(r.getStatus()).as(secret).isEqualTo(401);
      assertThat(r.getHeaderString("WWW-Authenticate")).contains("X-EduDX-Api-Key");
    }
    assertThat(code(resource.push(null, json("{}")))).isEqualTo("push.key.missing");
    assertThat(code(resource.push("edx_wrong", json("{}")))).isEqualTo("push.key.invalid");
    assertThat(ingested).isEmpty();
  }

  @Test
  void aNewBatchIsStoredWithTheKeysProvenanceAndAnswered201() throws IOException {
    Response r = resource.push(SECRET, json(batch("smas-1", "NN-TH-01", "50")));

    assertThat(r.getStatus()).isEqualTo(201);
    PushDTOs.Result result = (PushDTOs.Result) r.getEntity();
    assertThat(result.batchId()).isEqualTo("smas-1");
    assertThat(result.accepted()).isEqualTo(1);
    assertThat(result.rejected()).isZero();
    assertThat(result.duplicate()).isFalse();
    BatchHeader h = ingested.get(0).header();
    assertThat(h.source()).isEqualTo("push");
    assertThat(h.receivedBy()).isEqualTo("api-token:k1");
    assertThat(h.receivedAt()).isEqualTo(NOW);
  }

  @Test
  void aRepeatedBatchIdAnswers200WithTheFirstDeliverysResult() throws IOException {
    status = ImportBatch.Status.DUPLICATE;
    original =
        new ImportBatch(
            7, header("smas-1", "50"), ImportBatch.Status.ACCEPTED, 3, 2, null, List.of(problem()));

    Response r = resource.push(SECRET, json(batch("smas-1", "NN-TH-01", "50")));

    assertThat(r.getStatus()).isEqualTo(200);
    PushDTOs.Result result = (PushDTOs.Result) r.getEntity();
    assertThat(result.duplicate()).isTrue();
    assertThat(result.duplicateOf()).isEqualTo(7L);
    assertThat(result.accepted()).isEqualTo(2);
    assertThat(result.rejected()).isEqualTo(1);
    assertThat(result.problems()).hasSize(1);
  }

  @Test
  void theSameBatchIdWithOtherValuesIs409AndNeverReachesThePipeline() throws IOException {
    original =
        new ImportBatch(7, header("smas-1", "50"), ImportBatch.Status.ACCEPTED, 1, 1, null, null);

    assertThatThrownBy(() -> resource.push(SECRET, json(batch("smas-1", "NN-TH-01", "72"))))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.CONFLICT);
              Problem p = e.problems().get(0);
              assertThat(p.code()).isEqualTo("push.batch-id.reused");
              assertThat(p.field()).isEqualTo("batchId");
              assertThat(p.message().vi()).contains("smas-1", "7");
              assertThat(p.message().en()).contains("smas-1", "delivery 7");
            });
    assertThat(ingested).isEmpty();

    // Another id, or the same values again, go on to the pipeline.
    resource.push(SECRET, json(batch("smas-2", "NN-TH-01", "72")));
    resource.push(SECRET, json(batch("smas-1", "NN-TH-01", "50")));
    assertThat(ingested).hasSize(2);
  }

  @Test
  void aRejectedBatchAnswers422WithItsProblems() throws IOException {
    status = ImportBatch.Status.REJECTED;
    Response r = resource.push(SECRET, json(batch("smas-1", "NN-TH-01", "nhiều")));
    assertThat(r.getStatus()).isEqualTo(422);
    PushDTOs.Result result = (PushDTOs.Result) r.getEntity();
    assertThat(result.accepted()).isZero();
    assertThat(result.rejected()).isEqualTo(1);
    assertThat(result.problems()).extracting(p -> p.field()).containsExactly("values[0].value");
  }

  @Test
  void tooLargeBodiesAndTooManyValuesAnswer413Unstored() throws IOException {
    byte[] big = new byte[Push.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    Response r = resource.push(SECRET, new ByteArrayInputStream(big));
    assertThat(r.getStatus()).isEqualTo(413);
    assertThat(code(r)).isEqualTo("push.too-large");

    StringBuilder many =
        new StringBuilder("{\"batchId\":\"b\",\"period\":\"2024-2025\",\"values\":[");
    for (int i = 0; i <= Push.MAX_VALUES; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"unit\":\"NN-TH-01\",\"indicator\":\"x\",\"value\":\"1\"}");
    }
    Response m = resource.push(SECRET, json(many.append("]}").toString()));
    assertThat(m.getStatus()).isEqualTo(413);
    assertThat(code(m)).isEqualTo("push.too-many");
    assertThat(ingested).isEmpty();
  }

  @Test
  void malformedJsonAndValuesOfAnotherSchoolAreRefusedBeforeThePipeline() {
    assertThatThrownBy(() -> resource.push(SECRET, json("{\"batchId\":")))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.problems().get(0).code()).isEqualTo("push.body.invalid"));
    assertThatThrownBy(
            () ->
                resource.push(
                    SECRET, json(batch("b", "NN-TH-01", "1").replace("\"value\"", "\"valeu\""))))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              Problem p = e.problems().get(0);
              assertThat(p.code()).isEqualTo("push.body.unknown-field");
              assertThat(p.field()).isEqualTo("values[0].valeu");
            });
    assertThatThrownBy(() -> resource.push(SECRET, json(batch("b", "NN-TH-02", "1"))))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.kind()).isEqualTo(EduDxException.Kind.FORBIDDEN));
    assertThat(ingested).isEmpty();
  }

  /** The header of the batch {@link #batch} makes of one value of NN-TH-01. */
  private static BatchHeader header(String batchId, String value) {
    String content =
        Push.content(
            new PushDTOs.Batch(
                batchId,
                "2024-2025",
                List.of(new PushDTOs.Value("NN-TH-01", "4725.1.4", value, null, null))));
    return new BatchHeader(
        "push",
        "k1",
        batchId,
        Push.checksum("NN-TH-01", batchId, content),
        NOW.minusSeconds(3600),
        "api-token:k1");
  }

  private static Problem problem() {
    return new Problem(
        "row.value.number",
        "values[0].value",
        1,
        null,
        "nhiều",
        new LocalizedText("Không phải số.", "Not a number."),
        new LocalizedText("Ghi một số.", "Write a number."));
  }

  /** Knows one secret. */
  private static final class Keys implements ApiTokenService {
    @Override
    public IssuedApiToken issue(String unitCode, String label, Caller by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ApiToken> list(Caller by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ApiToken revoke(String id, Caller by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ApiToken> authenticate(String secret) {
      return SECRET.equals(secret) ? Optional.of(KEY) : Optional.empty();
    }
  }

  /** Answers the outcome the test chose, with a problem located as the validator locates it. */
  private final class Pipeline implements IngestService {
    @Override
    public IngestResult ingest(IncomingBatch batch) {
      ingested.add(batch);
      int rows = batch.rows().size();
      ImportBatch b =
          switch (status) {
            case ACCEPTED -> new ImportBatch(9, batch.header(), status, rows, rows, null, null);
            case REJECTED ->
                new ImportBatch(9, batch.header(), status, rows, 0, null, List.of(problem()));
            case DUPLICATE -> new ImportBatch(9, batch.header(), status, rows, 0, 7L, null);
          };
      return new IngestResult(b, Set.of(), LocalizedText.of("tóm tắt"));
    }

    @Override
    public IngestResult ingestFile(Delivery delivery) {
      throw new UnsupportedOperationException();
    }
  }

  /** Holds the first delivery of a repeated batch. */
  private final class Batches implements ObservationStore {
    @Override
    public Optional<ImportBatch> batch(long id) {
      return Optional.ofNullable(original).filter(b -> b.id() == id);
    }

    @Override
    public Optional<ImportBatch> acceptedFrom(String source, String instance, String origin) {
      return Optional.ofNullable(original)
          .filter(b -> b.header().source().equals(source))
          .filter(b -> b.header().instance().equals(instance))
          .filter(b -> b.header().origin().equals(origin));
    }

    @Override
    public ImportBatch accept(
        BatchHeader header, int rows, List<NewObservation> values, List<Problem> skipped) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ImportBatch reject(BatchHeader header, int rows, List<Problem> problems) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Observation> current(String period, Collection<String> unitCodes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Observation> history(String unitCode, String period, String indicatorCode) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ImportBatch> batches(int offset, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> unitsWithData(String period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> periods() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      throw new UnsupportedOperationException();
    }
  }
}
