package vn.edudx.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.ApiTokenService;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.rest.internal.dto.ProblemDTO;
import vn.edudx.rest.internal.dto.PushDTOs;
import vn.edudx.rest.internal.dto.TextDTO;

/**
 * {@code POST /api/v1/observations}: a school's management system pushes a batch of that school's
 * values.
 *
 * <p>It is {@code @PermitAll} for {@link Authz} only because it is authenticated here, by the
 * header {@value #KEY_HEADER} with a key the office issued to the school ({@link
 * ApiTokensResource}) — and by nothing else: a bearer session token is not accepted here (a person
 * does not push), and a key is not accepted anywhere else (the sign-in filter looks only among
 * session tokens, where no key is). A key that leaks can therefore only push values of its own
 * school, which the office sees in {@code /api/v1/imports} and can stop by revoking it.
 *
 * <p>A batch is identified by the school and its {@code batchId}: the first delivery is stored
 * (201), a later one with the same id stores nothing and answers the first one's result (200,
 * {@code duplicate: true}). A rejected batch stores nothing, so it can be corrected and sent again
 * under the same id.
 */
@Path("/v1/observations")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationsResource {

  /** The header that carries a school's key. */
  static final String KEY_HEADER = "X-EduDX-Api-Key";

  private final ApiTokenService keys;

  /** The pipeline, once the rule base has compiled a set; until then a push is answered 503. */
  private final Supplier<IngestService> ingest;

  private final ObservationStore observations;
  private final Clock clock;

  public ObservationsResource(
      ApiTokenService keys,
      Supplier<IngestService> ingest,
      ObservationStore observations,
      Clock clock) {
    this.keys = keys;
    this.ingest = ingest;
    this.observations = observations;
    this.clock = clock;
  }

  @POST
  @PermitAll // authenticated here by the school's key, see the class comment
  @Consumes(MediaType.APPLICATION_JSON)
  public Response push(@HeaderParam(KEY_HEADER) String secret, InputStream body)
      throws IOException {
    if (secret == null || secret.isBlank()) {
      return Errors.unauthorizedKey("push.key.missing");
    }
    Optional<ApiToken> key = keys.authenticate(secret);
    if (key.isEmpty()) {
      return Errors.unauthorizedKey("push.key.invalid");
    }
    byte[] content = body.readNBytes(Push.MAX_BYTES + 1);
    if (content.length > Push.MAX_BYTES) {
      return tooLarge(
          Texts.MESSAGES.problem(
              "push.too-large", "body", null, null, null, Push.MAX_BYTES / (1024 * 1024)));
    }
    PushDTOs.Batch batch = parse(content);
    var tooMany = Push.tooMany(batch);
    if (tooMany != null) {
      return tooLarge(tooMany);
    }
    IngestService pipeline = ingest.get();
    if (pipeline == null) {
      throw new EduDxException(
          EduDxException.Kind.UNAVAILABLE,
          Texts.MESSAGES.problem("push.not-ready", null, null, null, null));
    }
    IncomingBatch delivery = Push.delivery(key.get(), batch, clock.instant());
    Optional<ImportBatch> earlier =
        observations.acceptedFrom(Push.SOURCE, key.get().id(), batch.batchId());
    if (earlier.isPresent()
        && !earlier.get().header().checksum().equals(delivery.header().checksum())) {
      ImportBatch first = earlier.get();
      throw new EduDxException(
          EduDxException.Kind.CONFLICT,
          Texts.MESSAGES.problem(
              "push.batch-id.reused",
              "batchId",
              null,
              null,
              batch.batchId(),
              batch.batchId(),
              first.id(),
              java.util.Date.from(first.header().receivedAt())));
    }
    IngestResult result = pipeline.ingest(delivery);
    return answer(batch.batchId(), batch.values().size(), result);
  }

  private Response answer(String batchId, int values, IngestResult result) {
    ImportBatch b = result.batch();
    TextDTO summary = TextDTO.of(result.summary());
    return switch (b.status()) {
      case ACCEPTED ->
          Response.status(201)
              .entity(
                  new PushDTOs.Result(
                      batchId,
                      b.id(),
                      b.status().name(),
                      false,
                      null,
                      values,
                      b.stored(),
                      values - b.stored(),
                      problems(b),
                      summary))
              .build();
      case REJECTED ->
          Response.status(422)
              .entity(
                  new PushDTOs.Result(
                      batchId,
                      b.id(),
                      b.status().name(),
                      false,
                      null,
                      values,
                      0,
                      values,
                      problems(b),
                      summary))
              .build();
      case DUPLICATE -> {
        Optional<ImportBatch> first =
            b.duplicateOf() == null ? Optional.empty() : observations.batch(b.duplicateOf());
        yield Response.ok(
                new PushDTOs.Result(
                    batchId,
                    b.id(),
                    b.status().name(),
                    true,
                    b.duplicateOf(),
                    values,
                    first.map(ImportBatch::stored).orElse(0),
                    first.map(f -> f.rows() - f.stored()).orElse(0),
                    first.map(ObservationsResource::problems).orElse(List.of()),
                    summary))
            .build();
      }
    };
  }

  private static List<ProblemDTO> problems(ImportBatch b) {
    return b.problems().stream().map(ProblemDTO::of).toList();
  }

  private static PushDTOs.Batch parse(byte[] content) {
    try {
      return Json.MAPPER.readValue(content, PushDTOs.Batch.class);
    } catch (UnrecognizedPropertyException e) {
      // Jackson's own text names our classes; say it in the sender's terms.
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          Texts.MESSAGES.problem(
              "push.body.unknown-field", where(e), null, null, e.getPropertyName(), where(e)));
    } catch (JsonProcessingException e) {
      throw new EduDxException(
          EduDxException.Kind.INVALID,
          Texts.MESSAGES.problem(
              "push.body.invalid", where(e), null, null, null, e.getOriginalMessage()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where in the JSON a problem is, as {@code values[3].value}, or {@code body}. */
  private static String where(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return "body";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static Response tooLarge(Problem problem) {
    return Errors.answer(413, Texts.title(413), List.of(problem));
  }
}
