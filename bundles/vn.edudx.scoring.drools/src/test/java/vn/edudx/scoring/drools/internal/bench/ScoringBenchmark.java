package vn.edudx.scoring.drools.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.scoring.drools.internal.definition.DefinitionReader;
import vn.edudx.scoring.drools.internal.engine.Awards;
import vn.edudx.scoring.drools.internal.engine.ChildResult;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;
import vn.edudx.scoring.drools.internal.engine.DroolsEngine;
import vn.edudx.scoring.drools.internal.engine.ReferenceEngine;
import vn.edudx.scoring.drools.internal.engine.ScoringEngine;
import vn.edudx.scoring.drools.internal.engine.UnitInput;

/**
 * The benchmark of issue 3: a province-sized register (50,000 schools, 700 offices) scored against
 * the full MOET 4725 and 3806 sets by the generated Drools rules and, in the same JVM, by the
 * plain-Java reference evaluator on the same inputs, so that both are timed under the same
 * conditions and their ratio means something on any machine. It also times re-scoring one school
 * after one changed value, and reads the heap the phases need.
 *
 * <p>Not a unit test: its name matches none of Surefire's default patterns ({@code Test*}, {@code
 * *Test}, {@code *Tests}, {@code *TestCase}), so {@code mvn verify} never runs it; the {@code
 * benchmark} profile of this module includes it (see {@code bench/run-benchmark.sh}). It fails only
 * if the two engines disagree, which would make the timings meaningless; a goal missed is reported,
 * not failed, since the figures depend on the machine.
 *
 * <p>Sizes can be lowered for a quick look with {@code -Dedudx.bench.schools=} and {@code
 * -Dedudx.bench.offices=}.
 */
@Tag("benchmark")
class ScoringBenchmark {

  private static final long SEED = 20_250_601L;

  /** One instant for both engines: a score's time is part of its value. */
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

  private static final String PERIOD = SyntheticData.PERIOD;
  private static final String SCHOOL_FILE = "indicator-sets/moet-4725-2022.json";
  private static final String OFFICE_FILE = "indicator-sets/moet-3806-2024.json";

  private static final int SCHOOLS = Integer.getInteger("edudx.bench.schools", 50_000);
  private static final int OFFICES = Integer.getInteger("edudx.bench.offices", 700);

  /**
   * Units per Drools session tried, besides all schools in one session (what {@code RuleBase} does
   * today: one {@code CompiledSet.score} call per set for every unit re-scored). A session per unit
   * pays the session's set-up every time; one session for everything makes the working memory (and
   * its indexes) as large as the province. The fastest is kept for the measured passes, so a change
   * in Drools or in the rules that moves the best size shows in the report rather than silently
   * slowing the service.
   */
  private static final int[] BATCH_SIZES = {50, 100, 500, 1_000, 5_000};

  private static final int WARM_UP_SCHOOLS = 2_000;
  private static final int WARM_UP_ROUNDS = 3;
  private static final int RESCORES = 200;
  private static final int WARM_UP_RESCORES = 20;

  /** The engines compared; both assemble scores the same way, only the decisions differ. */
  private enum Engine {
    DROOLS("Drools"),
    REFERENCE("plain Java");

    final String label;

    Engine(String label) {
      this.label = label;
    }

    List<Score> score(CompiledSet set, List<UnitInput> units) {
      return this == DROOLS
          ? set.score(units, PERIOD, NOW)
          : set.scoreByReference(units, PERIOD, NOW);
    }
  }

  /** The times of one full pass, and the heap it took above what was live when it began. */
  private record Pass(
      long schoolNanos,
      long childNanos,
      long officeNanos,
      long peak,
      long peakAfterCollection,
      long gcMillis,
      long cpuNanos) {

    long totalNanos() {
      return schoolNanos + childNanos + officeNanos;
    }

    Pass fastest(Pass other) {
      return other == null || totalNanos() <= other.totalNanos() ? this : other;
    }
  }

  private final HeapWatch heap = new HeapWatch();
  private final long started = System.nanoTime();
  private IndicatorSet schoolSet;
  private IndicatorSet officeSet;
  private CompiledSet schools;
  private CompiledSet offices;
  private SyntheticData data;
  private List<UnitInput> schoolInputs;
  private List<UnitInput> officeInputs;

  /** Source set id → the yes/no indicators of it that 3806's aggregates count. */
  private final Map<String, Set<String>> aggregated = new TreeMap<>();

  /** Office code → the indices of the schools it manages. */
  private final Map<String, List<Integer>> managed = new HashMap<>();

  @Test
  void scoreAProvinceWithBothEngines() throws IOException {
    Report report = new Report();
    try {
      run(report);
    } finally {
      heap.close();
    }
    report.publish(Path.of(System.getProperty("edudx.bench.report", "target/benchmark.md")));
  }

  private void run(Report report) {
    String loadBefore = load();
    long empty = heap.settledUsed();

    // ---- compile
    schoolSet = read(SCHOOL_FILE);
    officeSet = read(OFFICE_FILE);
    ClassLoader loader = getClass().getClassLoader();
    schools = CompiledSet.compile(schoolSet, SCHOOL_FILE, loader);
    offices = CompiledSet.compile(officeSet, OFFICE_FILE, loader);
    long compiled = heap.settledUsed();
    progress("rules compiled");

    // ---- data and inputs
    data = SyntheticData.generate(SEED, SCHOOLS, OFFICES, schoolSet, officeSet);
    for (int i = 0; i < data.schools.size(); i++) {
      managed.computeIfAbsent(data.schools.get(i).authorityCode(), k -> new ArrayList<>()).add(i);
    }
    for (Criterion c : officeSet.allCriteria()) {
      if (c.type() == CriterionType.AGGREGATE) {
        Set<String> flags = aggregated.computeIfAbsent(c.aggregate().set(), k -> new TreeSet<>());
        if (c.aggregate().indicator() != null) {
          flags.add(c.aggregate().indicator());
        }
      }
    }
    long observations =
        data.officeValues.size() + data.schoolValues.stream().mapToLong(List::size).sum();
    long generated = heap.settledUsed();
    long start = System.nanoTime();
    schoolInputs = schools.inputs(data.schools, data.allSchoolValues(), PERIOD);
    officeInputs = offices.inputs(data.offices, data.officeValues, PERIOD);
    long inputNanos = System.nanoTime() - start;
    long withInputs = heap.settledUsed();
    progress(Report.count(observations) + " values generated, facts built");

    warmUp();
    progress("warmed up");

    // ---- batch sizes (Drools, schools only)
    Map<Integer, long[]> trials = new TreeMap<>();
    int best = BATCH_SIZES[0];
    int[] sizes =
        IntStream.concat(Arrays.stream(BATCH_SIZES).filter(n -> n < SCHOOLS), IntStream.of(SCHOOLS))
            .toArray();
    for (int size : sizes) {
      long before = heap.settledUsed();
      heap.reset();
      long t = System.nanoTime();
      List<Score> scores = inBatches(Engine.DROOLS, schoolInputs, size);
      long nanos = System.nanoTime() - t;
      trials.put(size, new long[] {nanos, heap.peak() - before});
      if (nanos < trials.get(best)[0]) {
        best = size;
      }
      assertEquals(SCHOOLS, scores.size());
      progress("sessions of " + size + ": " + Report.seconds(nanos));
    }

    // ---- measured passes, interleaved so that neither engine gets the warmer JVM. Each pass
    // keeps the scores it produces, as the service's full re-score does, while the other
    // engine's scores from the previous pass are live: both run with the same heap around them
    // (an untimed plain-Java pass first gives the first Drools pass the same).
    Pass drools = null;
    Pass reference = null;
    List<Score> droolsScores = null;
    List<Score> referenceScores = new ArrayList<>();
    pass(Engine.REFERENCE, best, heap.settledUsed(), referenceScores);
    progress("untimed plain-Java pass done");
    long droolsRetained = 0;
    for (int round = 0; round < 2; round++) {
      droolsScores = null;
      long before = heap.settledUsed();
      List<Score> produced = new ArrayList<>();
      drools = pass(Engine.DROOLS, best, before, produced).fastest(drools);
      droolsScores = produced;
      droolsRetained = heap.settledUsed() - before;

      referenceScores = null;
      before = heap.settledUsed();
      produced = new ArrayList<>();
      reference = pass(Engine.REFERENCE, best, before, produced).fastest(reference);
      referenceScores = produced;
      assertSameScores("every unit", droolsScores, referenceScores);
      progress("round " + (round + 1) + " of the full passes done");
    }
    referenceScores = null;

    // ---- the rules alone, without assembling scores (shared by both engines)
    long[] decisions = {Long.MAX_VALUE, Long.MAX_VALUE};
    for (int round = 0; round < 2; round++) {
      decisions[0] = Math.min(decisions[0], decide(new DroolsEngine(schools.kieBase()), best));
      decisions[1] = Math.min(decisions[1], decide(new ReferenceEngine(schoolSet), best));
    }

    progress("decisions alone timed");

    // ---- re-scoring one school after one changed value
    long[][] rescore = rescore(droolsScores);
    progress("re-scoring timed");

    // ---- two threads, schools only: what the second core would give. The scores are checked
    // against fingerprints of the one-thread scores, so that only one province of scores is live.
    List<String> fingerprints =
        droolsScores.subList(0, SCHOOLS).stream().map(ScoringBenchmark::fingerprint).toList();
    String levels = levels(droolsScores);
    droolsScores = null;
    long droolsTwo = timeTwoThreads(Engine.DROOLS, best, fingerprints);
    long referenceTwo = timeTwoThreads(Engine.REFERENCE, best, fingerprints);
    progress("two threads timed");

    // ---- the report
    report.line("# Scoring benchmark");
    report.line("");
    report.line(
        String.format(
            "%s schools and %s offices (%s values), seed %d, period %s; rules: %s (%d rules), %s"
                + " (%d rules).",
            Report.count(SCHOOLS),
            Report.count(OFFICES),
            Report.count(observations),
            SEED,
            PERIOD,
            schoolSet.key(),
            schools.ruleCount(),
            officeSet.key(),
            offices.ruleCount()));
    report.line(
        String.format(
            "JVM %s (%s), %d processors, max heap %s, collectors: %s.",
            System.getProperty("java.vm.version"),
            System.getProperty("java.vm.name"),
            Runtime.getRuntime().availableProcessors(),
            Report.megabytes(HeapWatch.maxHeap()),
            HeapWatch.collectors()));
    report.line(
        String.format(
            "Warm-up: %d rounds of %s schools and every office with both engines, then one"
                + " untimed full plain-Java pass. Each full pass ran twice per engine, interleaved,"
                + " each with the other engine's scores of the province live; the faster is"
                + " shown. Both engines produced equal scores for all %s units.",
            WARM_UP_ROUNDS,
            Report.count(Math.min(WARM_UP_SCHOOLS, SCHOOLS)),
            Report.count(SCHOOLS + OFFICES)));
    report.line(levels);
    report.line(
        "Load average (/proc/loadavg) at the start: "
            + loadBefore
            + "; at the end: "
            + load()
            + ". Above ~1 other processes competed for the cores and wall times suffer; the"
            + " scoring thread's CPU time is shown for that reason.");

    report.heading("Time");
    report.header("phase", "Drools", "plain Java", "Drools / plain Java");
    report.row(
        "compile " + schoolSet.key(), Report.seconds(schools.compileTime().toNanos()), "–", "–");
    report.row(
        "compile " + officeSet.key(), Report.seconds(offices.compileTime().toNanos()), "–", "–");
    report.row(
        "facts from values (all units, shared by both)",
        Report.seconds(inputNanos),
        Report.seconds(inputNanos),
        "–");
    compare(
        report,
        Report.count(SCHOOLS) + " schools (4725), sessions of " + Report.count(best),
        drools.schoolNanos(),
        reference.schoolNanos());
    compare(
        report,
        "of which the rules' decisions alone (no score assembly)",
        decisions[0],
        decisions[1]);
    compare(
        report,
        "school results for the offices (ChildResult)",
        drools.childNanos(),
        reference.childNanos());
    compare(
        report,
        Report.count(OFFICES) + " offices (3806, with their schools)",
        drools.officeNanos(),
        reference.officeNanos());
    compare(
        report,
        "**all " + Report.count(SCHOOLS + OFFICES) + " units**",
        drools.totalNanos(),
        reference.totalNanos());
    compare(
        report,
        "all units, CPU time of the scoring thread",
        drools.cpuNanos(),
        reference.cpuNanos());
    report.row(
        "collector time within the full pass",
        Report.seconds(drools.gcMillis() * 1_000_000),
        Report.seconds(reference.gcMillis() * 1_000_000),
        "–");
    compare(report, "schools on 2 threads (one session per batch)", droolsTwo, referenceTwo);
    report.row(
        "re-score 1 school, median (p95)",
        millisPair(rescore[0]),
        millisPair(rescore[1]),
        Report.ratio(median(rescore[0]) / median(rescore[1])));
    report.row(
        "re-score 1 school and its office, median (p95)",
        millisPair(rescore[2]),
        millisPair(rescore[3]),
        Report.ratio(median(rescore[2]) / median(rescore[3])));

    report.heading("Drools session size (schools only)");
    report.header("units per session", "time", "schools / s", "peak heap above live");
    trials.forEach(
        (size, t) ->
            report.row(
                size == SCHOOLS
                    ? Report.count(size) + " (all in one session, as RuleBase does today)"
                    : Report.count(size),
                Report.seconds(t[0]),
                Report.count(Math.round(SCHOOLS / (t[0] / 1e9))),
                Report.megabytes(t[1])));
    report.line("");
    report.line("Fastest: " + Report.count(best) + " units per session, used above.");

    long needed = (withInputs - empty) + Math.max(droolsRetained, drools.peakAfterCollection());
    report.heading("Heap");
    report.header("what", "heap");
    report.row("two compiled rule bases", Report.megabytes(compiled - empty));
    report.row(
        Report.count(observations) + " values (observations)",
        Report.megabytes(generated - compiled));
    report.row("facts built from them (inputs)", Report.megabytes(withInputs - generated));
    report.row(
        "scores of all " + Report.count(SCHOOLS + OFFICES) + " units, kept",
        Report.megabytes(droolsRetained)
            + String.format(
                Locale.ROOT, " (%.1f KB a unit)", droolsRetained / 1024.0 / (SCHOOLS + OFFICES)));
    report.row(
        "Drools pass: highest use left after a collection, above the live data before it",
        Report.megabytes(drools.peakAfterCollection()));
    report.row(
        "Drools pass: highest use before a collection (with garbage; grows with -Xmx)",
        Report.megabytes(drools.peak()));
    report.row(
        "plain-Java pass: highest use before a collection (with garbage)",
        Report.megabytes(reference.peak()));
    report.row(
        "**a full re-score needs** (rule bases, values, facts, then the Drools pass's highest"
            + " use after a collection)",
        "**" + Report.megabytes(needed) + "**");

    report.heading("Goals (issue 3)");
    report.header("goal", "limit", "reached", "verdict");
    report.row(
        "every unit scored (Drools, one thread)",
        "10 s",
        Report.seconds(drools.totalNanos()),
        Report.verdict(drools.totalNanos() / 1e9, 10));
    report.row(
        "Drools against plain Java (all units)",
        "3×",
        Report.ratio((double) drools.totalNanos() / reference.totalNanos()),
        Report.verdict((double) drools.totalNanos() / reference.totalNanos(), 3));
    report.row(
        "re-score one school after one change (Drools, median)",
        "20 ms",
        Report.millis(median(rescore[0])),
        Report.verdict(median(rescore[0]) / 1e6, 20));
    report.row(
        "heap a full re-score needs",
        "report it",
        Report.megabytes(needed) + " (run with -Xmx" + Report.megabytes(HeapWatch.maxHeap()) + ")",
        "reported");
  }

  // ------------------------------------------------------------------ phases

  /**
   * Runs both engines over a slice and every office until the JIT has compiled the hot paths of
   * both, so that neither pays for compilation inside a measured pass.
   */
  private void warmUp() {
    List<UnitInput> slice = schoolInputs.subList(0, Math.min(WARM_UP_SCHOOLS, SCHOOLS));
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Engine e : Engine.values()) {
        List<Score> scores = inBatches(e, slice, 500);
        List<UnitInput> withChildren = withChildren(scores::get, slice.size());
        e.score(offices, withChildren);
      }
    }
  }

  /** Scores every school, builds the offices' school results from them, scores every office. */
  private Pass pass(Engine engine, int batch, long liveBefore, List<Score> into) {
    heap.reset();
    long gcBefore = HeapWatch.collectionMillis();
    long cpuBefore = cpuTime();
    long t0 = System.nanoTime();
    List<Score> schoolScores = inBatches(engine, schoolInputs, batch);
    long t1 = System.nanoTime();
    List<UnitInput> withChildren = withChildren(schoolScores::get, SCHOOLS);
    long t2 = System.nanoTime();
    List<Score> officeScores = engine.score(offices, withChildren);
    long t3 = System.nanoTime();
    into.addAll(schoolScores);
    into.addAll(officeScores);
    return new Pass(
        t1 - t0,
        t2 - t1,
        t3 - t2,
        heap.peak() - liveBefore,
        Math.max(0, heap.peakAfterCollection() - liveBefore),
        HeapWatch.collectionMillis() - gcBefore,
        cpuTime() - cpuBefore);
  }

  /** The scoring thread's own CPU time: less sensitive than wall time to other processes. */
  private static long cpuTime() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** The machine's load averages, to tell whether other processes competed for the cores. */
  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Times the decisions alone over every school, in sessions of {@code size}. */
  private long decide(ScoringEngine engine, int size) {
    long nanos = 0;
    for (int from = 0; from < SCHOOLS; from += size) {
      List<UnitInput> in = schoolInputs.subList(from, Math.min(SCHOOLS, from + size));
      Awards awards = new Awards(schoolSet);
      long t = System.nanoTime();
      engine.decide(in, awards);
      nanos += System.nanoTime() - t;
    }
    return nanos;
  }

  /** Scores schools in sessions of {@code size}: one {@code CompiledSet.score} call per batch. */
  private List<Score> inBatches(Engine engine, List<UnitInput> units, int size) {
    List<Score> all = new ArrayList<>(units.size());
    for (int from = 0; from < units.size(); from += size) {
      all.addAll(engine.score(schools, units.subList(from, Math.min(units.size(), from + size))));
    }
    return all;
  }

  /**
   * Every school in batches spread over two threads (sessions are independent; the rule base is
   * shared), checked against the one-thread scores' fingerprints.
   */
  private long timeTwoThreads(Engine engine, int size, List<String> expected) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      long t = System.nanoTime();
      List<Future<List<Score>>> batches = new ArrayList<>();
      for (int from = 0; from < SCHOOLS; from += size) {
        List<UnitInput> batch = schoolInputs.subList(from, Math.min(SCHOOLS, from + size));
        batches.add(pool.submit(() -> engine.score(schools, batch)));
      }
      List<Score> all = new ArrayList<>(SCHOOLS);
      for (Future<List<Score>> f : batches) {
        all.addAll(f.get());
      }
      long nanos = System.nanoTime() - t;
      List<String> got = all.stream().map(ScoringBenchmark::fingerprint).toList();
      for (int i = 0; i < SCHOOLS; i++) {
        assertEquals(expected.get(i), got.get(i), engine.label + " on two threads");
      }
      return nanos;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Changes one value of a random school, then re-scores that school alone (a new session, as the
   * service does for one changed unit), and then its office with the school's new result, as the
   * service re-scores the authorities of the schools it scored.
   *
   * @return nanoseconds: Drools school, plain-Java school, Drools school and office, plain-Java
   *     school and office
   */
  private long[][] rescore(List<Score> droolsScores) {
    Score[] current = droolsScores.subList(0, SCHOOLS).toArray(new Score[0]);
    Map<String, Integer> officeIndex = new HashMap<>();
    for (int o = 0; o < data.offices.size(); o++) {
      officeIndex.put(data.offices.get(o).code(), o);
    }
    List<Indicator> indicators = schoolSet.indicators();
    Random random = new Random(SEED + 1);
    long[][] nanos = new long[4][RESCORES];
    for (int k = -WARM_UP_RESCORES; k < RESCORES; k++) {
      int i = random.nextInt(SCHOOLS);
      data.change(i, indicators.get(random.nextInt(indicators.size())));
      List<OrgUnit> one = List.of(data.schools.get(i));
      List<Observation> values = data.schoolValues.get(i);

      long t0 = System.nanoTime();
      List<Score> d = schools.score(schools.inputs(one, values, PERIOD), PERIOD, NOW);
      long t1 = System.nanoTime();
      List<Score> r = schools.scoreByReference(schools.inputs(one, values, PERIOD), PERIOD, NOW);
      long t2 = System.nanoTime();
      assertSameScores("re-scored school", d, r);
      current[i] = d.get(0);

      String office = data.schools.get(i).authorityCode();
      UnitInput officeInput = officeInputs.get(officeIndex.get(office));
      long t3 = System.nanoTime();
      List<UnitInput> withChildren =
          List.of(
              new UnitInput(
                  officeInput.unit(),
                  officeInput.inputs(),
                  children(office, j -> current[j], SCHOOLS)));
      long t4 = System.nanoTime();
      List<Score> od = offices.score(withChildren, PERIOD, NOW);
      long t5 = System.nanoTime();
      List<Score> or = offices.scoreByReference(withChildren, PERIOD, NOW);
      long t6 = System.nanoTime();
      assertSameScores("re-scored office", od, or);
      if (k >= 0) {
        nanos[0][k] = t1 - t0;
        nanos[1][k] = t2 - t1;
        nanos[2][k] = (t1 - t0) + (t4 - t3) + (t5 - t4);
        nanos[3][k] = (t2 - t1) + (t4 - t3) + (t6 - t5);
      }
    }
    return nanos;
  }

  // ------------------------------------------------------------------ school results

  /**
   * The offices' inputs with the results of the schools they manage, built as the service builds
   * them (RuleBase): one ChildResult per managed school and per set an aggregate reads.
   *
   * @param scoreOf a school's score by its index, or {@code null} if it has none
   * @param scored how many schools (from the first) have been scored; the others are left out
   */
  private List<UnitInput> withChildren(IntFunction<Score> scoreOf, int scored) {
    List<UnitInput> result = new ArrayList<>(officeInputs.size());
    for (UnitInput u : officeInputs) {
      result.add(new UnitInput(u.unit(), u.inputs(), children(u.unit().code(), scoreOf, scored)));
    }
    return result;
  }

  private List<ChildResult> children(String office, IntFunction<Score> scoreOf, int scored) {
    List<ChildResult> result = new ArrayList<>();
    List<Integer> own = managed.getOrDefault(office, List.of());
    aggregated.forEach(
        (source, flags) -> {
          for (int i : own) {
            if (i >= scored) {
              continue;
            }
            Map<String, Observation> values = new HashMap<>();
            if (!flags.isEmpty()) {
              for (Observation o : data.schoolValues.get(i)) {
                if (flags.contains(o.indicatorCode())) {
                  values.put(o.indicatorCode(), o);
                }
              }
            }
            Score s = source.equals(schoolSet.id()) ? scoreOf.apply(i) : null;
            result.add(new ChildResult(office, data.schools.get(i).code(), source, s, values));
          }
        });
    return result;
  }

  // ------------------------------------------------------------------ helpers

  private static IndicatorSet read(String file) {
    try (InputStream in = ScoringBenchmark.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is not on the class path");
      }
      return new DefinitionReader().read(file, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails on the first unit the engines disagree on, without printing 50,000 scores. */
  private static void assertSameScores(String what, List<Score> drools, List<Score> reference) {
    assertEquals(drools.size(), reference.size(), what + ": number of scores");
    for (int i = 0; i < drools.size(); i++) {
      if (!drools.get(i).equals(reference.get(i))) {
        fail(
            what
                + ": the engines disagree on "
                + drools.get(i).unitCode()
                + "\nDrools:     "
                + drools.get(i)
                + "\nplain Java: "
                + reference.get(i));
      }
    }
  }

  /** A score's unit, points and levels: enough to catch units mixed up between sessions. */
  private static String fingerprint(Score s) {
    StringBuilder b = new StringBuilder(s.unitCode());
    for (GroupScore g : s.groups()) {
      b.append(' ').append(g.code()).append('=').append(g.points().toPlainString());
      b.append('/').append(g.level()).append('/').append(g.missingInputs().size());
    }
    return b.toString();
  }

  /** A line on the console while the benchmark runs (it takes minutes). */
  private void progress(String what) {
    System.out.printf(
        Locale.ROOT,
        "[benchmark %6.1f s] %s (load %s)%n",
        (System.nanoTime() - started) / 1e9,
        what,
        load());
  }

  /** How the levels came out, to show that the data exercises every case of the rules. */
  private static String levels(List<Score> scores) {
    int[] schoolLevels = new int[4];
    int[] officeLevels = new int[4];
    for (Score s : scores) {
      if (s.level() != null) {
        officeLevels[s.level()]++;
      } else {
        for (GroupScore g : s.groups()) {
          schoolLevels[g.level()]++;
        }
      }
    }
    return String.format(
        "Levels reached: school groups %s (levels 1, 2, 3), offices %s.",
        Arrays.toString(Arrays.copyOfRange(schoolLevels, 1, 4)),
        Arrays.toString(Arrays.copyOfRange(officeLevels, 1, 4)));
  }

  private static void compare(Report report, String phase, long drools, long reference) {
    report.row(
        phase,
        Report.seconds(drools),
        Report.seconds(reference),
        Report.ratio((double) drools / reference));
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double p95(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
  }

  private static String millisPair(long[] nanos) {
    return Report.millis(median(nanos)) + " (" + Report.millis(p95(nanos)) + ")";
  }
}
