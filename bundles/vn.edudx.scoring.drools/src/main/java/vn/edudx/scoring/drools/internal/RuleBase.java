package vn.edudx.scoring.drools.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Messages;
import vn.edudx.api.Period;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.DryRun;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.indicator.IndicatorSetStore;
import vn.edudx.api.indicator.SetVersion;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.Progress;
import vn.edudx.api.score.Score;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.score.ScoringService;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.scoring.drools.internal.definition.DefinitionReader;
import vn.edudx.scoring.drools.internal.definition.WorkbookDefinition;
import vn.edudx.scoring.drools.internal.engine.AdviceBase;
import vn.edudx.scoring.drools.internal.engine.Advisor;
import vn.edudx.scoring.drools.internal.engine.ChildResult;
import vn.edudx.scoring.drools.internal.engine.CompiledSet;
import vn.edudx.scoring.drools.internal.engine.UnitInput;

/**
 * The indicator sets and their versions, and scoring with them. Which version scores a period is
 * the one activated for it, or else the current one (the highest shipped version not retired),
 * which is then recorded as activated so that a later release never changes a scored period
 * silently. Schools are scored first, then the authorities that aggregate their results, in the
 * same run and the same transaction.
 */
final class RuleBase implements IndicatorSetRegistry, ScoringService, IndicatorSetAdmin {

  private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
  private static final Messages MESSAGES =
      Messages.load("vn.edudx.scoring.drools.internal.messages", RuleBase.class);
  static final String SYSTEM = "system";

  /** Compiled versions by {@code id@version}: shipped ones, and others once used. */
  private final Map<String, CompiledSet> compiled = new ConcurrentHashMap<>();

  /** Versions shipped in rule bundles, by set id: version to origin. */
  private final Map<String, TreeMap<Integer, String>> shipped = new ConcurrentHashMap<>();

  /** Units scored in one Drools session. */
  static final int BATCH = 100;

  /** The scoring job running now, or {@code null}. */
  private volatile Progress progress;

  /** Hand-written rules of rule bundles (data quality, advice), by origin. */
  private final Map<String, AdviceBase> advice = new ConcurrentHashMap<>();

  /**
   * Versions activated for some period, by set id, mirrored from the store: a set an office
   * uploaded (never shipped) is current through them.
   */
  private final Map<String, ConcurrentSkipListSet<Integer>> activated = new ConcurrentHashMap<>();

  /** Versions retired, as {@code id@version}, mirrored from the store. */
  private final Set<String> retired = ConcurrentHashMap.newKeySet();

  private final UnitStore units;
  private final ObservationStore observations;
  private final ScoreStore scores;
  private final IndicatorSetStore store;
  private final ClassLoader loader = RuleBase.class.getClassLoader();

  RuleBase(
      UnitStore units, ObservationStore observations, ScoreStore scores, IndicatorSetStore store) {
    this.units = units;
    this.observations = observations;
    this.scores = scores;
    this.store = store;
    for (SetVersion v : store.versions()) {
      if (v.status() == SetVersion.Status.RETIRED) {
        retired.add(v.key());
      } else if (v.status() == SetVersion.Status.ACTIVE) {
        activated.computeIfAbsent(v.id(), k -> new ConcurrentSkipListSet<>()).add(v.version());
      }
    }
  }

  // ---------------------------------------------------------------- shipped sets

  /**
   * Registers a version shipped in a rule bundle: stored (or checked against the stored one, which
   * must be identical) and compiled.
   *
   * @throws EduDxException of kind CONFLICT if the stored version differs
   */
  synchronized CompiledSet ship(IndicatorSet set, String origin) {
    String canonical = DefinitionReader.canonical(set);
    String checksum = DefinitionReader.checksum(canonical);
    TreeMap<Integer, String> versions = shipped.getOrDefault(set.id(), new TreeMap<>());
    String other = versions.get(set.version());
    if (other != null && !other.equals(origin)) {
      throw new EduDxException(
          EduDxException.Kind.CONFLICT,
          MESSAGES.problem(
              "definition.set.loaded", null, null, null, null, origin, set.key(), other));
    }
    SetVersion stored =
        store.save(
            new SetVersion(
                set.id(),
                set.version(),
                set.title(),
                SetVersion.Status.ACTIVE,
                origin,
                checksum,
                Instant.now(),
                SYSTEM,
                canonical));
    if (stored.status() == SetVersion.Status.DRAFT) {
      store.status(set.id(), set.version(), SetVersion.Status.ACTIVE);
    }
    CompiledSet c = CompiledSet.compile(set, origin, loader);
    compiled.put(set.key(), c);
    shipped.computeIfAbsent(set.id(), k -> new TreeMap<>()).put(set.version(), origin);
    return c;
  }

  /** Forgets the versions a rule bundle shipped (they stay stored, and usable by activation). */
  synchronized void unship(String origin) {
    shipped.values().forEach(m -> m.values().removeIf(origin::equals));
    shipped.values().removeIf(Map::isEmpty);
    compiled.values().removeIf(c -> c.origin().equals(origin));
  }

  /** Adds the hand-written rules of a rule bundle; they run after every set's rules. */
  void addAdvice(AdviceBase base) {
    advice.put(base.origin(), base);
  }

  void removeAdvice(String origin) {
    advice.remove(origin);
  }

  /** How many hand-written rule files are loaded. */
  int adviceCount() {
    return advice.size();
  }

  /** Scores units with a set, then adds the notes of the hand-written rules. */
  private List<Score> scoreWithAdvice(
      CompiledSet c, List<UnitInput> in, String period, Instant now) {
    List<Score> scored = c.score(in, period, now);
    if (advice.isEmpty()) {
      return scored;
    }
    Advisor advisor = new Advisor();
    for (AdviceBase a : advice.values()) {
      try {
        a.advise(in, advisor);
      } catch (RuntimeException | LinkageError e) {
        // Hand-written rules only add notes: one that breaks must never stop scoring.
        LOG.error("Hand-written rules {} failed; their notes are left out", a.origin(), e);
      }
    }
    return scored.stream().map(s -> s.withAdvice(advisor.of(s.unitCode()))).toList();
  }

  /** The compiled current versions. */
  Collection<CompiledSet> current() {
    List<CompiledSet> all = new ArrayList<>();
    for (String id : ids()) {
      currentVersion(id).flatMap(v -> compiledVersion(id, v)).ifPresent(all::add);
    }
    return all;
  }

  private Set<String> ids() {
    Set<String> ids = new TreeSet<>(shipped.keySet());
    ids.addAll(activated.keySet());
    return ids;
  }

  /**
   * The version a set means without one: the highest shipped version not retired, or for a set that
   * only an office uploaded, its highest activated version not retired.
   */
  private Optional<Integer> currentVersion(String id) {
    TreeMap<Integer, String> versions = shipped.get(id);
    Optional<Integer> shippedVersion =
        versions == null
            ? Optional.empty()
            : versions.descendingKeySet().stream()
                .filter(v -> !retired.contains(id + "@" + v))
                .findFirst();
    if (shippedVersion.isPresent()) {
      return shippedVersion;
    }
    return activated.getOrDefault(id, new ConcurrentSkipListSet<>()).descendingSet().stream()
        .filter(v -> !retired.contains(id + "@" + v))
        .findFirst();
  }

  /** A version compiled, from the cache or from its stored definition. */
  private Optional<CompiledSet> compiledVersion(String id, int version) {
    String key = id + "@" + version;
    CompiledSet c = compiled.get(key);
    if (c != null) {
      return Optional.of(c);
    }
    Optional<SetVersion> stored = store.find(id, version);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    IndicatorSet set =
        new DefinitionReader()
            .read(
                stored.get().origin(), stored.get().definition().getBytes(StandardCharsets.UTF_8));
    c = CompiledSet.compile(set, stored.get().origin(), loader);
    compiled.put(key, c);
    return Optional.of(c);
  }

  /** The version that scores a period: the activated one, else the current one. */
  private Optional<Integer> versionFor(String id, String period) {
    return store.activation(id, period).map(Activation::version).or(() -> currentVersion(id));
  }

  private Set<String> idsWithActivations(String period) {
    Set<String> ids = new TreeSet<>(ids());
    store.activations().stream()
        .filter(a -> a.period().equals(period))
        .forEach(a -> ids.add(a.setId()));
    return ids;
  }

  /** The compiled versions that score a period, by set id. */
  private Map<String, CompiledSet> forPeriod(String period) {
    Map<String, CompiledSet> result = new LinkedHashMap<>();
    for (String id : idsWithActivations(period)) {
      versionFor(id, period)
          .flatMap(v -> compiledVersion(id, v))
          .filter(c -> c.set().scores())
          .ifPresent(c -> result.put(id, c));
    }
    return result;
  }

  // ---------------------------------------------------------------- registry

  @Override
  public List<IndicatorSet> sets() {
    return current().stream().map(CompiledSet::set).toList();
  }

  @Override
  public Optional<IndicatorSet> find(String id) {
    return currentVersion(id).flatMap(v -> compiledVersion(id, v)).map(CompiledSet::set);
  }

  @Override
  public Optional<IndicatorSet> find(String id, int version) {
    return compiledVersion(id, version).map(CompiledSet::set);
  }

  @Override
  public Optional<IndicatorSet> applicableTo(OrgUnit unit) {
    return sets().stream().filter(s -> s.appliesTo(unit)).findFirst();
  }

  @Override
  public Optional<Indicator> indicator(String code) {
    return sets().stream().map(s -> s.indicator(code)).flatMap(Optional::stream).findFirst();
  }

  @Override
  public Optional<Indicator> indicatorFor(OrgUnit unit, String code) {
    return sets().stream()
        .filter(s -> s.covers(unit))
        .map(s -> s.indicator(code))
        .flatMap(Optional::stream)
        .findFirst();
  }

  // ---------------------------------------------------------------- scoring

  @Override
  public List<Score> rescoreAll(String period) {
    return rescore(period, observations.unitsWithData(Period.parse(period).code()));
  }

  /**
   * Rescoring reads the current values and replaces the scores; running two at once (two drop
   * folders, the demo loader, an activation) could let an older reading overwrite a newer score, so
   * one runs at a time.
   */
  @Override
  public synchronized List<Score> rescore(String period, Collection<String> unitCodes) {
    return rescore(period, unitCodes, "rescore " + period);
  }

  private synchronized List<Score> rescore(
      String period, Collection<String> unitCodes, String job) {
    Period p = Period.parse(period);
    Map<String, CompiledSet> sets = forPeriod(p.code());
    List<Score> result;
    try {
      result = score(p, sets, unitCodes, Map.of(), job);
      scores.replace(result);
    } finally {
      progress = null;
    }
    // Freeze the version a period was first scored with, so that a new release does not change it.
    result.stream()
        .map(s -> s.setId() + "@" + s.setVersion())
        .distinct()
        .forEach(
            key -> {
              String id = key.substring(0, key.lastIndexOf('@'));
              if (store.activation(id, p.code()).isEmpty()) {
                store.activate(id, sets.get(id).set().version(), p.code(), SYSTEM);
              }
            });
    return result;
  }

  /**
   * Scores units (and the authorities of the schools among them) without storing anything.
   *
   * @param override sets to use instead of the period's, by id (a dry run)
   */
  private List<Score> score(
      Period p,
      Map<String, CompiledSet> periodSets,
      Collection<String> unitCodes,
      Map<String, CompiledSet> override,
      String job) {
    Map<String, CompiledSet> sets = new LinkedHashMap<>(periodSets);
    sets.putAll(override);
    Set<String> codes = new LinkedHashSet<>(unitCodes);
    List<OrgUnit> found = units.findAll(codes);
    // The authorities of the schools scored are scored again after them.
    Set<String> authorities =
        found.stream()
            .map(OrgUnit::authorityCode)
            .filter(Objects::nonNull)
            .collect(Collectors.toCollection(TreeSet::new));
    authorities.removeAll(codes);
    List<OrgUnit> all = new ArrayList<>(found);
    all.addAll(units.findAll(authorities));
    all.removeIf(u -> !u.activeIn(p));
    if (all.isEmpty() || sets.isEmpty()) {
      return List.of();
    }
    Map<CompiledSet, List<OrgUnit>> plain = new LinkedHashMap<>();
    Map<CompiledSet, List<OrgUnit>> aggregating = new LinkedHashMap<>();
    for (OrgUnit u : all) {
      for (CompiledSet c : sets.values()) {
        if (c.set().appliesTo(u)) {
          (aggregates(c.set()) ? aggregating : plain)
              .computeIfAbsent(c, k -> new ArrayList<>())
              .add(u);
        }
      }
    }
    List<String> withValues = all.stream().map(OrgUnit::code).toList();
    List<Observation> current = observations.current(p.code(), withValues);
    // A set scores a unit only for a period in which the unit has a value of one of the set's own
    // indicators: the plan's calendar-year values must not give a school a MOET score of 0 for
    // "2025", nor MOET values a plan score for a school year.
    Map<String, Set<String>> reported = new HashMap<>();
    for (Observation o : current) {
      reported.computeIfAbsent(o.unitCode(), k -> new HashSet<>()).add(o.indicatorCode());
    }
    plain.forEach((c, members) -> members.removeIf(u -> !reports(c, u, reported)));
    plain.values().removeIf(List::isEmpty);
    Instant now = Instant.now();
    List<Score> result = new ArrayList<>();
    int total =
        plain.values().stream().mapToInt(List::size).sum()
            + aggregating.values().stream().mapToInt(List::size).sum();
    Instant started = Instant.now();
    progress = new Progress(job, 0, total, started);
    plain.forEach(
        (c, members) ->
            batched(c, c.inputs(members, current, p.code()), p.code(), now, result, started));
    if (!aggregating.isEmpty()) {
      Map<String, Score> fresh = new HashMap<>();
      result.forEach(s -> fresh.put(s.unitCode() + '|' + s.setId(), s));
      // Each authority's schools, found once for the run rather than once per authority.
      Map<String, List<OrgUnit>> managedBy =
          units.list(UnitType.SCHOOL, null).stream()
              .filter(s -> s.authorityCode() != null && s.activeIn(p))
              .collect(Collectors.groupingBy(OrgUnit::authorityCode));
      aggregating.forEach(
          (c, members) -> {
            List<UnitInput> in = c.inputs(members, current, p.code());
            List<UnitInput> withChildren = new ArrayList<>();
            for (UnitInput u : in) {
              withChildren.add(
                  new UnitInput(
                      u.unit(),
                      u.inputs(),
                      children(
                          c.set(),
                          u.unit(),
                          managedBy.getOrDefault(u.unit().code(), List.of()),
                          sets,
                          fresh,
                          p)));
            }
            batched(c, withChildren, p.code(), now, result, started);
          });
    }
    return result;
  }

  /** Whether a unit has a value of one of the set's indicators in the values read. */
  private static boolean reports(CompiledSet c, OrgUnit u, Map<String, Set<String>> reported) {
    Set<String> own = reported.getOrDefault(u.code(), Set.of());
    return c.set().indicators().stream().anyMatch(i -> own.contains(i.code()));
  }

  /**
   * Scores units in sessions of {@value #BATCH} (a session per batch keeps working memory small;
   * docs/performance.md), reporting progress after each.
   */
  private void batched(
      CompiledSet c,
      List<UnitInput> in,
      String period,
      Instant now,
      List<Score> into,
      Instant started) {
    for (int i = 0; i < in.size(); i += BATCH) {
      into.addAll(scoreWithAdvice(c, in.subList(i, Math.min(in.size(), i + BATCH)), period, now));
      Progress before = progress;
      if (before != null) {
        progress =
            new Progress(
                before.job(), Math.min(before.total(), into.size()), before.total(), started);
      }
    }
  }

  @Override
  public Optional<Progress> progress() {
    return Optional.ofNullable(progress);
  }

  private static boolean aggregates(IndicatorSet set) {
    return set.allCriteria().stream().anyMatch(c -> c.type() == CriterionType.AGGREGATE);
  }

  /**
   * The results of the schools an authority manages (active in the period), for each set its
   * aggregates read.
   */
  private List<ChildResult> children(
      IndicatorSet set,
      OrgUnit authority,
      List<OrgUnit> managed,
      Map<String, CompiledSet> sets,
      Map<String, Score> fresh,
      Period p) {
    List<ChildResult> result = new ArrayList<>();
    Map<String, Set<String>> flags = new HashMap<>();
    for (Criterion c : set.allCriteria()) {
      if (c.type() == CriterionType.AGGREGATE) {
        Set<String> f = flags.computeIfAbsent(c.aggregate().set(), k -> new TreeSet<>());
        if (c.aggregate().indicator() != null) {
          f.add(c.aggregate().indicator());
        }
      }
    }

    Map<String, Map<String, Observation>> values = new HashMap<>();
    if (flags.values().stream().anyMatch(f -> !f.isEmpty())) {
      for (Observation o :
          observations.current(p.code(), managed.stream().map(OrgUnit::code).toList())) {
        values.computeIfAbsent(o.unitCode(), k -> new HashMap<>()).put(o.indicatorCode(), o);
      }
    }
    flags.forEach(
        (sourceId, indicators) -> {
          CompiledSet source = sets.get(sourceId);
          List<OrgUnit> counted =
              managed.stream().filter(s -> source == null || source.set().appliesTo(s)).toList();
          // The schools not rescored in this run: their stored scores, in one read.
          Map<String, Score> stored =
              scores.findAll(
                  p.code(),
                  sourceId,
                  counted.stream()
                      .map(OrgUnit::code)
                      .filter(code -> !fresh.containsKey(code + '|' + sourceId))
                      .toList());
          for (OrgUnit school : counted) {
            Score s = fresh.get(school.code() + '|' + sourceId);
            if (s == null) {
              s = stored.get(school.code());
            }
            Map<String, Observation> own =
                new HashMap<>(values.getOrDefault(school.code(), Map.of()));
            own.keySet().retainAll(indicators);
            result.add(new ChildResult(authority.code(), school.code(), sourceId, s, own));
          }
        });
    return result;
  }

  // ---------------------------------------------------------------- lifecycle

  @Override
  public synchronized SetVersion upload(String fileName, byte[] content, String by) {
    IndicatorSet set = new DefinitionReader().read(fileName, content);
    List<Problem> problems = crossCheck(fileName, set);
    if (!problems.isEmpty()) {
      throw new EduDxException(EduDxException.Kind.INVALID, problems);
    }
    String canonical = DefinitionReader.canonical(set);
    SetVersion saved =
        store.save(
            new SetVersion(
                set.id(),
                set.version(),
                set.title(),
                SetVersion.Status.DRAFT,
                "upload:" + fileName,
                DefinitionReader.checksum(canonical),
                Instant.now(),
                by,
                canonical));
    if (saved.status() == SetVersion.Status.DRAFT) {
      compiled.put(set.key(), CompiledSet.compile(set, saved.origin(), loader));
    }
    LOG.info("Indicator set {} uploaded by {} from {}", set.key(), by, fileName);
    return saved.summary();
  }

  /** What only the rule base can check: the sets and groups an aggregate reads exist. */
  private List<Problem> crossCheck(String file, IndicatorSet set) {
    List<Problem> problems = new ArrayList<>();
    for (Criterion c : set.allCriteria()) {
      if (c.type() != CriterionType.AGGREGATE || c.aggregate() == null) {
        continue;
      }
      String where = "criteria." + c.code() + ".aggregate";
      Optional<IndicatorSet> source =
          c.aggregate().set() == null ? Optional.empty() : find(c.aggregate().set());
      if (source.isEmpty()) {
        problems.add(
            MESSAGES.problem(
                "definition.criterion.aggregate.set",
                where + ".set",
                null,
                null,
                c.aggregate().set(),
                file,
                where,
                c.aggregate().set()));
      } else if (c.aggregate().group() != null
          && source.get().group(c.aggregate().group()).isEmpty()) {
        problems.add(
            MESSAGES.problem(
                "definition.criterion.aggregate.group",
                where + ".group",
                null,
                null,
                c.aggregate().group(),
                file,
                where,
                c.aggregate().group(),
                c.aggregate().set()));
      }
    }
    return problems;
  }

  @Override
  public DryRun dryRun(String setId, int version, String period) {
    Period p = Period.parse(period);
    CompiledSet candidate = require(setId, version);
    List<Score> after;
    Map<String, CompiledSet> periodSets;
    List<String> scope;
    synchronized (this) {
      periodSets = forPeriod(p.code());
      scope =
          units.list(null, null).stream()
              .filter(u -> u.activeIn(p) && candidate.set().appliesTo(u))
              .map(OrgUnit::code)
              .toList();
      try {
        after =
            score(
                    p,
                    periodSets,
                    scope,
                    Map.of(setId, candidate),
                    "dry run " + candidate.set().key() + " " + p.code())
                .stream()
                .filter(s -> s.setId().equals(setId))
                .toList();
      } finally {
        progress = null;
      }
    }
    Map<String, OrgUnit> byCode =
        units.findAll(scope).stream().collect(Collectors.toMap(OrgUnit::code, u -> u));
    Map<String, Score> before = scores.findAll(p.code(), setId, scope);
    Map<String, Integer> rankBefore = ranks(before.values(), byCode);
    Map<String, Integer> rankAfter = ranks(after, byCode);
    List<DryRun.UnitChange> changes = new ArrayList<>();
    for (Score s : after) {
      Score b = before.get(s.unitCode());
      OrgUnit u = byCode.get(s.unitCode());
      List<DryRun.GroupChange> groups = new ArrayList<>();
      boolean changed = b == null;
      for (GroupScore g : s.groups()) {
        Optional<GroupScore> old = b == null ? Optional.empty() : b.group(g.code());
        groups.add(
            new DryRun.GroupChange(
                g.code(),
                old.map(GroupScore::points).orElse(null),
                g.points(),
                old.map(GroupScore::level).orElse(null),
                g.level()));
        changed |=
            old.isEmpty()
                || old.get().points().compareTo(g.points()) != 0
                || old.get().level() != g.level();
      }
      Integer rb = rankBefore.get(s.unitCode());
      Integer ra = rankAfter.get(s.unitCode());
      changed |= !Objects.equals(rb, ra) || (b != null && !Objects.equals(b.level(), s.level()));
      changes.add(
          new DryRun.UnitChange(
              s.unitCode(),
              u == null ? s.unitCode() : u.name(),
              category(u),
              b == null ? null : b.total(),
              s.total(),
              rb,
              ra,
              groups,
              changed));
    }
    changes.sort(
        Comparator.comparing((DryRun.UnitChange c) -> !c.changed())
            .thenComparing(
                c ->
                    c.totalBefore() == null
                        ? BigDecimal.ZERO
                        : c.totalAfter().subtract(c.totalBefore()).abs(),
                Comparator.reverseOrder())
            .thenComparing(DryRun.UnitChange::unitCode));
    Integer base = store.activation(setId, p.code()).map(Activation::version).orElse(null);
    return new DryRun(
        setId,
        version,
        p.code(),
        base,
        changes.size(),
        (int) changes.stream().filter(DryRun.UnitChange::changed).count(),
        changes);
  }

  private static SchoolLevel category(OrgUnit u) {
    return u == null || u.level() == null ? null : u.level().mainLevel();
  }

  /** Standard competition ranks (1, 2, 2, 4) on the total, within each category. */
  private static Map<String, Integer> ranks(Collection<Score> all, Map<String, OrgUnit> byCode) {
    Map<String, Integer> ranks = new HashMap<>();
    Map<Optional<SchoolLevel>, List<Score>> byCategory =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    s -> Optional.ofNullable(category(byCode.get(s.unitCode())))));
    for (List<Score> group : byCategory.values()) {
      List<Score> sorted = new ArrayList<>(group);
      sorted.sort(Comparator.comparing(Score::total).reversed());
      for (int i = 0; i < sorted.size(); i++) {
        int rank = i + 1;
        if (i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0) {
          rank = ranks.get(sorted.get(i - 1).unitCode());
        }
        ranks.put(sorted.get(i).unitCode(), rank);
      }
    }
    return ranks;
  }

  @Override
  public synchronized Activation activate(String setId, int version, String period, String by) {
    Period p = Period.parse(period);
    CompiledSet c = require(setId, version);
    if (retired.contains(c.set().key())) {
      throw new EduDxException(
          EduDxException.Kind.CONFLICT,
          MESSAGES.problem(
              "set.retired", "version", null, null, String.valueOf(version), setId, version));
    }
    Activation a = store.activate(setId, version, p.code(), by);
    activated.computeIfAbsent(setId, k -> new ConcurrentSkipListSet<>()).add(version);
    List<String> scope =
        units.list(null, null).stream()
            .filter(u -> u.activeIn(p) && c.set().appliesTo(u))
            .map(OrgUnit::code)
            .toList();
    List<Score> rescored = rescore(p.code(), scope, "activate " + c.set().key() + " " + p.code());
    LOG.info(
        "Indicator set {} activated for {} by {}: {} scores recomputed",
        c.set().key(),
        p.code(),
        by,
        rescored.size());
    return a;
  }

  @Override
  public synchronized SetVersion retire(String setId, int version, String by) {
    require(setId, version);
    SetVersion v = store.status(setId, version, SetVersion.Status.RETIRED);
    retired.add(v.key());
    LOG.info("Indicator set {} retired by {}", v.key(), by);
    return v;
  }

  @Override
  public String drl(String setId, int version) {
    return require(setId, version).drl();
  }

  @Override
  public IndicatorSet definition(String setId, int version) {
    return require(setId, version).set();
  }

  @Override
  public byte[] workbook(String setId, int version) {
    return WorkbookDefinition.write(require(setId, version).set());
  }

  @Override
  public List<SetVersion> versions() {
    return store.versions();
  }

  @Override
  public List<Activation> activations() {
    return store.activations();
  }

  private CompiledSet require(String setId, int version) {
    return compiledVersion(setId, version)
        .orElseThrow(
            () ->
                new EduDxException(
                    EduDxException.Kind.NOT_FOUND,
                    MESSAGES.problem(
                        "set.version.unknown",
                        "version",
                        null,
                        null,
                        String.valueOf(version),
                        setId,
                        version)));
  }
}
