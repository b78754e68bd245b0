package vn.edudx.collect.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Messages;
import vn.edudx.api.Problem;
import vn.edudx.api.collect.Delivery;
import vn.edudx.api.collect.ImportProgress;
import vn.edudx.api.collect.IncomingBatch;
import vn.edudx.api.collect.IncomingRow;
import vn.edudx.api.collect.IngestResult;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.observation.BatchHeader;
import vn.edudx.api.observation.ImportBatch;
import vn.edudx.api.observation.NewObservation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.score.ScoringService;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;

/**
 * The one ingest pipeline: parse, validate every row, store all or nothing with provenance, then
 * rescore the units touched. It becomes available only once an indicator set is loaded, so a
 * collector never validates against an empty rule base; until then files wait where they are.
 */
@Component(service = IngestService.class)
public class IngestPipeline implements IngestService {

  static final Messages MESSAGES =
      Messages.load("vn.edudx.collect.internal.messages", IngestPipeline.class);
  private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

  private final UnitStore units;
  private final ObservationStore observations;
  private final IndicatorSetRegistry registry;
  private final ScoringService scoring;
  private final AssessmentStore assessments;
  private final CsvObservationParser csv = new CsvObservationParser();
  private final ProgressBoard board = new ProgressBoard(Clock.systemUTC());
  private final XlsxObservationParser xlsx = new XlsxObservationParser();

  @Activate
  public IngestPipeline(
      @Reference UnitStore units,
      @Reference ObservationStore observations,
      @Reference(target = "(" + IndicatorSetRegistry.PROPERTY_SETS + "=*)")
          IndicatorSetRegistry registry,
      @Reference ScoringService scoring,
      @Reference AssessmentStore assessments) {
    this.units = units;
    this.observations = observations;
    this.registry = registry;
    this.scoring = scoring;
    this.assessments = assessments;
  }

  /** A pipeline with no evaluation workflow: no self-assessment ever closes a unit's values. */
  public IngestPipeline(
      UnitStore units,
      ObservationStore observations,
      IndicatorSetRegistry registry,
      ScoringService scoring) {
    this(units, observations, registry, scoring, null);
  }

  @Override
  public IngestResult ingestFile(Delivery d) {
    return ingestFile(d, rows -> {});
  }

  @Override
  public IngestResult ingestFile(Delivery d, IntConsumer rowsRead) {
    try (ProgressBoard.Entry entry =
        board.start(d.source(), d.instance(), d.fileName(), d.receivedBy())) {
      return ingest(parse(d, reading(entry, rowsRead)), entry);
    }
  }

  @Override
  public List<ImportProgress> running() {
    return board.snapshot();
  }

  /** Parses on the progress board, so that a caller checking rows first shows its file too. */
  @Override
  public IncomingBatch parseFile(Delivery d, IntConsumer rowsRead) {
    try (ProgressBoard.Entry entry =
        board.start(d.source(), d.instance(), d.fileName(), d.receivedBy())) {
      return parse(d, reading(entry, rowsRead));
    }
  }

  /** Tells both the board and the caller how many rows have been read. */
  private static IntConsumer reading(ProgressBoard.Entry entry, IntConsumer rowsRead) {
    return rows -> {
      entry.rows(rows);
      rowsRead.accept(rows);
    };
  }

  /** Picks the parser by the file's extension; another type is a batch with one problem. */
  private IncomingBatch parse(Delivery d, IntConsumer rowsRead) {
    BatchHeader header =
        new BatchHeader(
            d.source(),
            d.instance(),
            d.fileName(),
            sha256(d.content()),
            d.receivedAt(),
            d.receivedBy());
    String name = d.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return csv.parse(header, d.content(), d.acceptValidRows(), rowsRead);
    }
    if (name.endsWith(".xlsx")) {
      return xlsx.parse(header, d.content(), d.acceptValidRows(), rowsRead);
    }
    Problem p = MESSAGES.problem("file.type", null, null, null, null, d.fileName());
    return new IncomingBatch(header, List.of(), List.of(p), d.acceptValidRows());
  }

  @Override
  public IngestResult ingest(IncomingBatch batch) {
    try (ProgressBoard.Entry entry = board.start(batch.header())) {
      return ingest(batch, entry);
    }
  }

  private IngestResult ingest(IncomingBatch batch, ProgressBoard.Entry entry) {
    BatchHeader header = batch.header();
    int rows = batch.rows().size();
    if (observations.acceptedWith(header.checksum()).isPresent()) {
      // A repeat stays a repeat even if the rules or the workflow would refuse its rows now.
      return duplicate(header, observations.accept(header, rows, List.of(), List.of()));
    }
    if (!batch.parseProblems().isEmpty()) {
      return rejected(observations.reject(header, rows, batch.parseProblems()));
    }
    entry.phase(ImportProgress.Phase.CHECKING, rows);
    Map<String, OrgUnit> named =
        units
            .findAll(
                batch.rows().stream()
                    .map(IncomingRow::unit)
                    .map(c -> c.text())
                    .filter(t -> !t.isBlank())
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
    Validator.Outcome checked = new Validator(named, registry, gate(header)).validate(batch.rows());
    List<Problem> problems = checked.problems();
    // A row closed by the workflow is not a mistake of the file: it is left out and reported, and
    // never takes the other rows down with it (a town's file, a pulled page of many schools).
    boolean onlyClosed = problems.stream().allMatch(IngestPipeline::closedByWorkflow);
    if (!problems.isEmpty()
        && ((!batch.acceptValidRows() && !onlyClosed) || checked.values().isEmpty())) {
      return rejected(observations.reject(header, rows, problems));
    }
    entry.phase(ImportProgress.Phase.STORING, checked.values().size());
    ImportBatch stored = observations.accept(header, rows, checked.values(), problems);
    if (stored.status() == ImportBatch.Status.DUPLICATE) {
      return duplicate(header, stored);
    }
    entry.phase(ImportProgress.Phase.RESCORING, checked.values().size());
    Set<String> rescored = rescore(checked.values());
    LOG.info(
        "{} from {}: {} values stored as batch {}, {} units rescored",
        header.origin(),
        header.source(),
        stored.stored(),
        stored.id(),
        rescored.size());
    LocalizedText summary =
        problems.isEmpty()
            ? MESSAGES.text("summary.accepted", header.origin(), stored.stored(), rescored.size())
            : MESSAGES.text(
                "summary.partial",
                header.origin(),
                stored.stored(),
                problems.size(),
                rescored.size());
    return new IngestResult(stored, rescored, summary);
  }

  /** Whether a problem is a value refused because its self-assessment is submitted or approved. */
  static boolean closedByWorkflow(Problem p) {
    return p.code().startsWith("row.closed.");
  }

  private static IngestResult duplicate(BatchHeader header, ImportBatch stored) {
    LOG.info(
        "{} from {} repeats batch {}: nothing stored again",
        header.origin(),
        header.source(),
        stored.duplicateOf());
    return new IngestResult(
        stored,
        Set.of(),
        MESSAGES.text("summary.duplicate", header.origin(), stored.duplicateOf()));
  }

  /**
   * What closes a value to this delivery: the self-assessment of the unit, for the set the
   * indicator belongs to, once it is submitted or approved. The workflow's own edits are checked by
   * the workflow. Each period's closed assessments are read once per delivery.
   */
  private Validator.Gate gate(BatchHeader header) {
    if (assessments == null
        || SELF_ASSESSMENT_SOURCE.equals(header.source())
        || EXTERNAL_EVALUATION_SOURCE.equals(header.source())) {
      return Validator.Gate.OPEN;
    }
    Map<String, Map<String, AssessmentState>> closedByPeriod = new HashMap<>();
    return (unit, period, indicator) -> {
      Map<String, AssessmentState> closed =
          closedByPeriod.computeIfAbsent(period.code(), this::closedIn);
      if (closed.isEmpty()) {
        return null;
      }
      return registry
          .applicableTo(unit)
          .filter(set -> set.indicator(indicator.code()).isPresent())
          .map(set -> closed.get(unit.code() + '|' + set.id()))
          .orElse(null);
    };
  }

  /** The assessments of a period that take no collected value, by unit and set. */
  private Map<String, AssessmentState> closedIn(String period) {
    Map<String, AssessmentState> closed = new HashMap<>();
    for (AssessmentState state : List.of(AssessmentState.SUBMITTED, AssessmentState.APPROVED)) {
      for (Assessment a : assessments.list(period, state)) {
        closed.put(a.unitCode() + '|' + a.setId(), state);
      }
    }
    return closed;
  }

  private IngestResult rejected(ImportBatch batch) {
    LOG.warn(
        "{} from {} rejected with {} problems (batch {})",
        batch.header().origin(),
        batch.header().source(),
        batch.problems().size(),
        batch.id());
    return new IngestResult(
        batch,
        Set.of(),
        MESSAGES.text("summary.rejected", batch.header().origin(), batch.problems().size()));
  }

  /** Rescores the units touched, period by period; a failure here leaves the values stored. */
  private Set<String> rescore(List<NewObservation> values) {
    Map<String, Set<String>> byPeriod = new TreeMap<>();
    for (NewObservation v : values) {
      byPeriod.computeIfAbsent(v.period(), p -> new TreeSet<>()).add(v.unitCode());
    }
    Set<String> done = new TreeSet<>();
    byPeriod.forEach(
        (period, codes) -> {
          try {
            scoring.rescore(period, new ArrayList<>(codes)).forEach(s -> done.add(s.unitCode()));
          } catch (RuntimeException e) {
            LOG.error("Values are stored but rescoring {} failed for {}", period, codes, e);
          }
        });
    return done;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
