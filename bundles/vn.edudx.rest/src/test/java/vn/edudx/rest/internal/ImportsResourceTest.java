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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Cell;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.rest.internal.dto.ErrorDTO;
import vn.edudx.rest.internal.dto.ImportDTO;

/**
 * The upload of a file of observations over fakes of the pipeline: what it is given, how each
 * outcome is answered, and what is refused before the pipeline sees anything.
 */
class ImportsResourceTest {

  private static final Instant NOW = Instant.parse("2025-05-01T08:00:00Z");
  private static final Caller ADMIN = new Caller("admin", Role.OFFICE_ADMIN, null);
  private static final Caller REVIEWER = new Caller("reviewer", Role.OFFICE_REVIEWER, "NN-PGD");
  private static final String CSV = "unit,period,indicator,value\nNN-TH-01,2019-2020,x,1\n";

  private final List<Delivery> delivered = new ArrayList<>();
  private final List<IncomingBatch> ingested = new ArrayList<>();
  private final List<ImportBatch> listed = new ArrayList<>();
  private final Map<Long, Set<String>> storedUnits = new HashMap<>();
  private ImportBatch.Status status = ImportBatch.Status.ACCEPTED;
  private IngestService pipeline = new Pipeline();

  private final ImportsResource resource =
      new ImportsResource(
          new Batches(), new Register(), () -> pipeline, Clock.fixed(NOW, ZoneOffset.UTC));

  private static InputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private Response upload(String file, String acceptValidRows, Caller caller) throws IOException {
    return resource.upload(file, acceptValidRows, body(CSV), new CallerContext(caller, true));
  }

  @Test
  void anAcceptedFileIsIngestedWithTheUploadsProvenanceAndAnswered201() throws IOException {
    Response r = upload("th01.csv", null, ADMIN);

    assertThat(r.getStatus()).isEqualTo(201);
    assertThat(r.getLocation()).hasPath("/api/v1/imports/9");
    ImportDTO dto = (ImportDTO) r.getEntity();
    assertThat(dto.status()).isEqualTo("ACCEPTED");
    assertThat(dto.duplicate()).isFalse();
    Delivery d = delivered.get(0);
    assertThat(d.source()).isEqualTo("upload");
    assertThat(d.instance()).isEqualTo("office");
    assertThat(d.fileName()).isEqualTo("th01.csv");
    assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo(CSV);
    assertThat(d.receivedAt()).isEqualTo(NOW);
    assertThat(d.receivedBy()).isEqualTo("admin");
    assertThat(d.acceptValidRows()).isFalse();
  }

  @Test
  void acceptValidRowsIsPassedOn() throws IOException {
    upload("th01.csv", "true", ADMIN);
    assertThat(delivered.get(0).acceptValidRows()).isTrue();
    assertThatThrownBy(() -> upload("th01.csv", "maybe", ADMIN))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("acceptValidRows"));
  }

  @Test
  void theSameContentAgainAnswers200MarkedDuplicate() throws IOException {
    status = ImportBatch.Status.DUPLICATE;
    Response r = upload("th01.csv", null, ADMIN);
    assertThat(r.getStatus()).isEqualTo(200);
    ImportDTO dto = (ImportDTO) r.getEntity();
    assertThat(dto.duplicate()).isTrue();
    assertThat(dto.duplicateOf()).isEqualTo(7L);
  }

  @Test
  void aRejectedFileAnswers422WithEveryProblemLocated() throws IOException {
    status = ImportBatch.Status.REJECTED;
    Response r = upload("th01.csv", null, ADMIN);
    assertThat(r.getStatus()).isEqualTo(422);
    ImportDTO dto = (ImportDTO) r.getEntity();
    assertThat(dto.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(4);
              assertThat(p.value()).isEqualTo("nhiều");
              assertThat(p.message().vi()).isNotBlank();
              assertThat(p.hint().en()).isNotBlank();
            });
  }

  @Test
  void namesWithAPathControlCharactersOrTooLongAreRefusedAtFile() {
    for (String name :
        new String[] {
          null,
          " ",
          "../th01.csv",
          "a/b.csv",
          "a\\b.csv",
          "th01..csv",
          "th01\n.csv",
          "th01\u0000.csv",
          "th01\u202e.csv",
          "a".repeat(ImportsResource.MAX_NAME - 3) + ".csv"
        }) {
      assertThatThrownBy(() -> upload(name, null, ADMIN))
          .as(String.valueOf(name))
          .isInstanceOfSatisfying(
              EduDxException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
                assertThat(e.problems().get(0).field()).isEqualTo("file");
              });
    }
    assertThat(ImportsResource.fileName("Trường TH 01 (2019-2020).csv"))
        .isEqualTo("Trường TH 01 (2019-2020).csv");
    assertThat(delivered).isEmpty();
  }

  @Test
  void aFileAboveTheLimitAnswers413Unread() throws IOException {
    InputStream endless =
        new InputStream() {
          private long left = ImportsResource.MAX_BYTES + 10L;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }
        };
    Response r = resource.upload("big.csv", null, endless, new CallerContext(ADMIN, true));
    assertThat(r.getStatus()).isEqualTo(413);
    ErrorDTO error = (ErrorDTO) r.getEntity();
    assertThat(error.problems().get(0).code()).isEqualTo("import.upload.too-large");
    assertThat(error.problems().get(0).message().vi()).contains("50");
    assertThat(delivered).isEmpty();
  }

  @Test
  void aCallerBoundToAnAreaMayUploadTheValuesOfItsAreaOnlyCheckedBeforeAnythingIsStored()
      throws IOException {
    Caller school = new Caller("th01", Role.SCHOOL, "NN-TH-01");
    String mixed =
        "unit,period,indicator,value\n"
            + "NN-TH-01,2019-2020,x,1\n"
            + "VC-TH-01,2019-2020,x,1\n"
            + ",2019-2020,x,1\n"
            + "NN-TH-02,2019-2020,x,1\n"
            + "XX-99,2019-2020,x,1\n";

    assertThatThrownBy(
            () ->
                resource.upload("mixed.csv", null, body(mixed), new CallerContext(REVIEWER, true)))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.FORBIDDEN);
              assertThat(e.problems())
                  .extracting(Problem::code, Problem::row, Problem::column, Problem::value)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          "import.upload.other-unit", 3, 1, "VC-TH-01"));
              assertThat(e.problems().get(0).message().vi()).contains("VC-TH-01", "NN-PGD");
              assertThat(e.problems().get(0).hint().en()).isNotBlank();
            });
    assertThatThrownBy(
            () -> resource.upload("mixed.csv", null, body(mixed), new CallerContext(school, true)))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::value)
                    .containsExactly("VC-TH-01", "NN-TH-02"));
    assertThat(ingested).isEmpty();

    // A code not in the register is not "another area": the pipeline reports it where it is.
    Response unknown =
        resource.upload(
            "u.csv",
            null,
            body("unit,period,indicator,value\nXX-99,2019-2020,x,1\n"),
            new CallerContext(school, true));
    assertThat(unknown.getStatus()).isEqualTo(201); // the fake pipeline accepts what it is given
    ingested.clear();

    Response own = upload("th01.csv", null, school);
    Response area =
        resource.upload(
            "p.csv",
            null,
            body("unit,period,indicator,value\nNN-TH-02,2019-2020,x,1\n"),
            new CallerContext(REVIEWER, true));

    assertThat(own.getStatus()).isEqualTo(201);
    assertThat(area.getStatus()).isEqualTo(201);
    assertThat(ingested)
        .extracting(b -> b.header().instance() + " " + b.header().receivedBy())
        .containsExactly("school th01", "office reviewer");
    assertThat(delivered).isEmpty(); // parsed and checked, never ingested unchecked
  }

  @Test
  void beforeTheRuleBaseIsReadyTheAnswerIs503() {
    pipeline = null;
    assertThatThrownBy(() -> upload("th01.csv", null, ADMIN))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> assertThat(e.kind()).isEqualTo(EduDxException.Kind.UNAVAILABLE));
  }

  private void listed(long id, String by, ImportBatch.Status status, String... units) {
    BatchHeader h = new BatchHeader("file", "inbox", "f" + id + ".csv", "c" + id, NOW, by);
    listed.add(new ImportBatch(id, h, status, 1, units.length, null, List.of()));
    if (units.length > 0) {
      storedUnits.put(id, Set.of(units));
    }
  }

  @Test
  void anOfficeBoundToAnAreaSeesOnlyItsOwnDeliveriesAndThoseWhollyInsideItsArea() {
    listed(6, "file:inbox", ImportBatch.Status.ACCEPTED, "NN-TH-01", "NN-TH-02");
    listed(5, "file:inbox", ImportBatch.Status.ACCEPTED, "NN-TH-01", "VC-TH-01");
    listed(4, "file:inbox", ImportBatch.Status.REJECTED);
    listed(3, "reviewer", ImportBatch.Status.REJECTED);
    listed(2, "file:inbox", ImportBatch.Status.ACCEPTED, "VC-TH-01");
    listed(1, "file:inbox", ImportBatch.Status.DUPLICATE);
    BatchHeader partial = new BatchHeader("file", "inbox", "f7.csv", "c7", NOW, "file:inbox");
    listed.add(
        0,
        new ImportBatch(7, partial, ImportBatch.Status.ACCEPTED, 2, 1, null, List.of(problem())));
    storedUnits.put(7L, Set.of("NN-TH-01"));
    CallerContext reviewer = new CallerContext(REVIEWER, true);

    assertThat(resource.list(null, null, reviewer).items())
        .extracting(ImportDTO::id)
        .containsExactly(6L, 3L);
    assertThat(resource.list("1", "1", reviewer).items())
        .extracting(ImportDTO::id)
        .containsExactly(3L);
    assertThat(resource.list(null, null, new CallerContext(ADMIN, true)).items()).hasSize(7);
    CallerContext th01 = new CallerContext(new Caller("th01", Role.SCHOOL, "NN-TH-01"), true);
    assertThat(resource.list(null, null, th01).items()).isEmpty(); // 6 also holds NN-TH-02
    listed(8, "th01", ImportBatch.Status.REJECTED);
    listed(9, "admin", ImportBatch.Status.ACCEPTED, "NN-TH-01");
    assertThat(resource.list(null, null, th01).items())
        .extracting(ImportDTO::id)
        .containsExactlyInAnyOrder(8L, 9L);
    assertThat(resource.one("6", reviewer).id()).isEqualTo(6L);
    for (String hidden : List.of("7", "5", "4", "2", "1")) {
      assertThatThrownBy(() -> resource.one(hidden, reviewer))
          .as(hidden)
          .isInstanceOfSatisfying(
              EduDxException.class,
              e -> assertThat(e.kind()).isEqualTo(EduDxException.Kind.NOT_FOUND));
    }
    assertThat(resource.one("2", new CallerContext(ADMIN, true)).id()).isEqualTo(2L);
  }

  private static Problem problem() {
    return new Problem(
        "row.value.number",
        "value",
        2,
        4,
        "nhiều",
        new LocalizedText("Không phải số.", "Not a number."),
        new LocalizedText("Ghi một số.", "Write a number."));
  }

  /** Ngã Năm's office manages the NN schools; VC-TH-01 is another town's. */
  private static final class Register implements UnitStore {
    private static OrgUnit school(String code, String office) {
      return new OrgUnit(
          code, code, UnitType.SCHOOL, SchoolLevel.TH, null, office, null, null, "t");
    }

    private final Map<String, OrgUnit> units =
        Map.of(
            "NN-TH-01", school("NN-TH-01", "NN-PGD"),
            "NN-TH-02", school("NN-TH-02", "NN-PGD"),
            "VC-TH-01", school("VC-TH-01", "VC-PGD"));

    @Override
    public Optional<OrgUnit> find(String code) {
      return Optional.ofNullable(units.get(code));
    }

    @Override
    public List<OrgUnit> list(UnitType type, SchoolLevel level) {
      return List.copyOf(units.values());
    }

    @Override
    public List<OrgUnit> findAll(Collection<String> codes) {
      return codes.stream().map(units::get).filter(u -> u != null).toList();
    }

    @Override
    public int upsert(List<OrgUnit> all) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      return units.size();
    }
  }

  /** Answers the outcome the test chose; parses CSV rows as "unit,period,indicator,value". */
  private final class Pipeline implements IngestService {
    @Override
    public IngestResult ingest(IncomingBatch batch) {
      ingested.add(batch);
      return answer(batch.header());
    }

    @Override
    public IncomingBatch parseFile(Delivery d, IntConsumer rowsRead) {
      BatchHeader h =
          new BatchHeader(
              d.source(), d.instance(), d.fileName(), "sum", d.receivedAt(), d.receivedBy());
      List<IncomingRow> rows = new ArrayList<>();
      String[] lines = new String(d.content(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split(",", -1);
        rows.add(
            new IncomingRow(
                i + 1,
                new Cell(f[0], 1, "unit"),
                new Cell(f[1], 2, "period"),
                new Cell(f[2], 3, "indicator"),
                new Cell(f[3], 4, "value"),
                new Cell("", 0, "evidence"),
                new Cell("", 0, "note")));
      }
      return new IncomingBatch(h, rows, List.of(), d.acceptValidRows());
    }

    @Override
    public IngestResult ingestFile(Delivery d) {
      delivered.add(d);
      return answer(
          new BatchHeader(d.source(), d.instance(), d.fileName(), "sum", d.receivedAt(), "x"));
    }

    private IngestResult answer(BatchHeader h) {
      ImportBatch b =
          switch (status) {
            case ACCEPTED -> new ImportBatch(9, h, status, 1, 1, null, null);
            case REJECTED -> new ImportBatch(9, h, status, 1, 0, null, List.of(problem()));
            case DUPLICATE -> new ImportBatch(9, h, status, 1, 0, 7L, null);
          };
      return new IngestResult(b, Set.of(), LocalizedText.of("tóm tắt"));
    }
  }

  /** Nothing is read from the store by an upload; a listing reads {@link #listed}. */
  private final class Batches implements ObservationStore {
    @Override
    public Optional<ImportBatch> batch(long id) {
      return listed.stream().filter(b -> b.id() == id).findFirst();
    }

    @Override
    public Map<Long, Set<String>> unitsStoredBy(Collection<Long> ids) {
      Map<Long, Set<String>> found = new HashMap<>(storedUnits);
      found.keySet().retainAll(ids);
      return found;
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
      return listed.subList(
          Math.min(offset, listed.size()), Math.min(offset + limit, listed.size()));
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
