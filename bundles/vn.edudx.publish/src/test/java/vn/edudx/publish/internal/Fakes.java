package vn.edudx.publish.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import vn.edudx.api.EduDxException;
import vn.edudx.api.LocalizedText;
import vn.edudx.api.Problem;
import vn.edudx.api.indicator.CriterionType;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorGroup;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.indicator.LevelThresholds;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.publication.Publication;
import vn.edudx.api.publication.PublicationStore;
import vn.edudx.api.ranking.Improvement;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.RankInterval;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.RankingRequest;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.ranking.RobustnessSettings;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.InputUsed;
import vn.edudx.api.score.Outcome;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;
import vn.edudx.api.workflow.Assessment;
import vn.edudx.api.workflow.AssessmentState;
import vn.edudx.api.workflow.AssessmentStore;
import vn.edudx.api.workflow.Transition;

/**
 * A small province in memory: its department, a town with an office, two wards and four schools
 * (one not yet approved, two with hostile names), and another town whose office manages one school;
 * the other services faked around it.
 */
final class Fakes {

  static final String PERIOD = "2024-2025";
  static final String SET = "moet-4725-2022";
  static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final Instant NOW = Instant.parse("2025-06-20T01:00:00Z");
  static final String ORIGIN = "noi-bo/2025/truong-s1-ban-nhap.xlsx";
  static final String STAFF = "nguyen.van.a";

  final MutableClock clock = new MutableClock(NOW);
  final Units units = new Units();
  final Assessments assessments = new Assessments();
  final Rankings rankings = new Rankings(units);
  final Registry registry = new Registry();
  final Store store = new Store();

  Fakes() {
    units.add(
        new OrgUnit("V", "Tỉnh Sóc Trăng", UnitType.PROVINCE, null, null, null, null, null, "t"));
    units.add(
        new OrgUnit(
            "SGD", "Sở GD&ĐT Sóc Trăng", UnitType.DEPARTMENT, null, "V", null, null, null, "t"));
    units.add(
        new OrgUnit("T", "Thị xã Ngã Năm", UnitType.DISTRICT, null, "V", null, null, null, "t"));
    units.add(
        new OrgUnit("T2", "Thị xã Khác", UnitType.DISTRICT, null, "V", null, null, null, "t"));
    units.add(
        new OrgUnit(
            "PGD", "Phòng GD&ĐT Ngã Năm", UnitType.OFFICE, null, "T", null, null, null, "t"));
    units.add(new OrgUnit("P1", "Phường 1", UnitType.WARD, null, "T", null, null, null, "t"));
    units.add(new OrgUnit("P2", "Xã Vĩnh Quới", UnitType.WARD, null, "T", null, null, null, "t"));
    units.add(school("S1", "Trường TH Vĩnh Quới", SchoolLevel.TH, "P1", "PGD"));
    units.add(school("S2", HYPERLINK, SchoolLevel.THCS, "P2", "PGD"));
    units.add(school("S3", SCRIPT, SchoolLevel.TH_THCS, "P1", "PGD"));
    units.add(school("S4", "Trường MN Hoa Sen", SchoolLevel.MN, "P2", "PGD"));
    units.add(
        new OrgUnit(
            "PGD2", "Phòng GD&ĐT Khác", UnitType.OFFICE, null, "T2", null, null, null, "t"));
    units.add(school("S9", "Trường TH Khác", SchoolLevel.TH, "T2", "PGD2"));
    assessments.approve("S1", "72.50", "80.00", false);
    assessments.approve("S2", "60.00", "45.25", true);
    assessments.approve("S3", "60.00", "45.25", false);
    assessments.approve("S9", "99.00", "99.00", false);
  }

  EduDxPublications service() {
    return service(new Random(42));
  }

  EduDxPublications service(Random random) {
    return new EduDxPublications(rankings, assessments, units, registry, store, clock, random);
  }

  private static OrgUnit school(
      String code, String name, SchoolLevel level, String place, String authority) {
    return new OrgUnit(code, name, UnitType.SCHOOL, level, place, authority, null, null, "t");
  }

  static GroupScore group(String code, String points) {
    BigDecimal p = new BigDecimal(points);
    int level = new LevelThresholds(new BigDecimal("50"), new BigDecimal("75"), 1).levelOf(p);
    return new GroupScore(
        code,
        code.equals("G1")
            ? new LocalizedText("Dạy và học", "Teaching and learning")
            : new LocalizedText("Quản trị nhà trường", "School management"),
        p,
        new BigDecimal("100"),
        null,
        level,
        LocalizedText.of("Mức " + level),
        List.of(),
        List.of(),
        List.of(
            new CriterionScore(
                code + ".1",
                LocalizedText.of("Tiêu chí " + code + ".1"),
                CriterionType.PERCENT,
                p,
                new BigDecimal("100"),
                Outcome.PARTIAL,
                "rule-" + code,
                LocalizedText.of("Giải thích"),
                List.of(
                    new InputUsed(
                        "S1",
                        "I-" + code,
                        "85",
                        17,
                        null,
                        new Provenance(
                            7,
                            "school-upload",
                            "collector-1",
                            ORIGIN,
                            12,
                            NOW.minusSeconds(3600),
                            STAFF))),
                List.of())),
        null);
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant t) {
      now = t;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static final class Units implements UnitStore {
    final Map<String, OrgUnit> all = new LinkedHashMap<>();

    void add(OrgUnit u) {
      all.put(u.code(), u);
    }

    @Override
    public Optional<OrgUnit> find(String code) {
      return Optional.ofNullable(all.get(code));
    }

    @Override
    public List<OrgUnit> list(UnitType type, SchoolLevel level) {
      return all.values().stream()
          .filter(u -> type == null || u.type() == type)
          .filter(u -> level == null || u.level() == level)
          .toList();
    }

    @Override
    public List<OrgUnit> findAll(Collection<String> codes) {
      return codes.stream().map(all::get).filter(u -> u != null).toList();
    }

    @Override
    public int upsert(List<OrgUnit> units) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      return all.size();
    }
  }

  static final class Assessments implements AssessmentStore {
    final List<Assessment> all = new ArrayList<>();

    void approve(String unit, String g1, String g2, boolean external) {
      Score score =
          new Score(
              unit,
              PERIOD,
              SET,
              1,
              NOW.minusSeconds(86_400),
              List.of(group("G1", g1), group("G2", g2)),
              null,
              null,
              List.of());
      all.add(
          new Assessment(
              unit,
              PERIOD,
              SET,
              1,
              AssessmentState.APPROVED,
              external,
              NOW,
              false,
              null,
              NOW,
              "reviewer",
              score,
              3));
    }

    @Override
    public Optional<Assessment> find(String unitCode, String period, String setId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Assessment> list(String period, AssessmentState state) {
      return all.stream()
          .filter(a -> a.period().equals(period) && (state == null || a.state() == state))
          .toList();
    }

    @Override
    public Assessment save(Assessment assessment, List<Transition> entries) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Transition> history(String unitCode, String period, String setId) {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * Ranks S1 (TH), S2 and S3 (THCS) as the real service would, S4 unranked, and records asks. Like
   * the real one it keeps only the schools of the request's area; it also ranks S1 in the category
   * {@link #s1AlsoIn} (as a configured main level would), and leaves out the schools of {@link
   * #leftOut}.
   */
  static final class Rankings implements RankingService {
    final List<RankingRequest> requests = new ArrayList<>();
    final Set<String> leftOut = new java.util.HashSet<>();
    private final Units units;
    SchoolLevel s1AlsoIn;
    RobustnessSettings robustness = RobustnessSettings.DEFAULT;

    Rankings(Units units) {
      this.units = units;
    }

    @Override
    public Ranking rank(RankingRequest r) {
      requests.add(r);
      Ranking full = fixed(r);
      return new Ranking(
          full.period(),
          full.scopeCode(),
          full.level(),
          full.by(),
          full.approvedOnly(),
          full.entries().stream().filter(e -> keeps(r, e.unitCode())).toList(),
          full.unranked().stream().filter(u -> keeps(r, u.unitCode())).toList(),
          full.mostImproved(),
          full.robustness());
    }

    /** Approved results exist for {@link #PERIOD} only. */
    private boolean keeps(RankingRequest r, String unit) {
      return r.period().equals(PERIOD)
          && units.covers(r.areaCode(), unit)
          && !leftOut.contains(unit);
    }

    private Ranking fixed(RankingRequest r) {
      List<RankEntry> entries = new ArrayList<>();
      boolean all = r.level() == null;
      if (all || r.level() == SchoolLevel.TH || (s1AlsoIn != null && r.level() == s1AlsoIn)) {
        entries.add(
            entry(
                1,
                false,
                "S1",
                "Trường TH Vĩnh Quới",
                SchoolLevel.TH,
                "P1",
                "Phường 1",
                "152.50",
                "72.50",
                "80.00",
                3,
                2,
                new RankInterval(1, 1, true)));
      }
      if (all || r.level() == SchoolLevel.THCS) {
        int rank = all ? 2 : 1;
        entries.add(
            entry(
                rank,
                true,
                "S2",
                HYPERLINK,
                SchoolLevel.THCS,
                "P2",
                "Xã Vĩnh Quới",
                "105.25",
                "60.00",
                "45.25",
                null,
                null,
                new RankInterval(rank, rank + 1, false)));
        entries.add(
            entry(
                rank,
                true,
                "S3",
                SCRIPT,
                SchoolLevel.TH_THCS,
                "P1",
                "Phường 1",
                "105.25",
                "60.00",
                "45.25",
                rank + 1,
                -1,
                new RankInterval(rank, rank + 1, false)));
      }
      if (all || r.level() == SchoolLevel.TH) {
        entries.add(
            entry(
                all ? 4 : 2,
                false,
                "S9",
                "Trường TH Khác",
                SchoolLevel.TH,
                "T2",
                "Thị xã Khác",
                "198.00",
                "99.00",
                "99.00",
                null,
                null,
                null));
      }
      List<Unranked> unranked = new ArrayList<>();
      if (all || r.level() == SchoolLevel.MN) {
        unranked.add(
            new Unranked(
                "S4",
                "Trường MN Hoa Sen",
                SchoolLevel.MN,
                new LocalizedText("Chưa có kết quả được phê duyệt.", "No approved result yet.")));
      }
      List<Improvement> improved =
          all
              ? List.of(
                  new Improvement(
                      "S1",
                      "Trường TH Vĩnh Quới",
                      new BigDecimal("152.50"),
                      new BigDecimal("140.00"),
                      new BigDecimal("12.50")))
              : List.of();
      return new Ranking(
          r.period(),
          r.scopeCode(),
          r.level(),
          r.by(),
          r.approvedOnly(),
          entries,
          unranked,
          improved,
          r.robustness());
    }

    private static RankEntry entry(
        int rank,
        boolean tied,
        String code,
        String name,
        SchoolLevel level,
        String place,
        String placeName,
        String total,
        String g1,
        String g2,
        Integer previous,
        Integer movement,
        RankInterval interval) {
      GroupScore a = group("G1", g1);
      GroupScore b = group("G2", g2);
      return new RankEntry(
          rank,
          tied,
          code,
          name,
          level,
          place,
          placeName,
          new BigDecimal(total),
          List.of(
              new RankEntry.GroupResult("G1", a.points(), a.maxPoints(), a.level()),
              new RankEntry.GroupResult("G2", b.points(), b.maxPoints(), b.level())),
          false,
          previous,
          movement,
          interval);
    }

    @Override
    public RobustnessSettings robustness() {
      return robustness;
    }
  }

  static final class Registry implements IndicatorSetRegistry {
    final IndicatorSet set =
        new IndicatorSet(
            SET,
            1,
            LocalizedText.of("4725"),
            "4725/QĐ-BGDĐT",
            Set.of(UnitType.SCHOOL),
            Set.of(SchoolLevel.TH, SchoolLevel.THCS),
            null,
            null,
            List.of(
                new IndicatorGroup("G1", LocalizedText.of("G1"), new BigDecimal("100"), null, null),
                new IndicatorGroup(
                    "G2", LocalizedText.of("G2"), new BigDecimal("100"), null, null)),
            List.of(),
            null);

    @Override
    public List<IndicatorSet> sets() {
      return List.of(set);
    }

    @Override
    public Optional<IndicatorSet> find(String id) {
      return id.equals(SET) ? Optional.of(set) : Optional.empty();
    }

    @Override
    public Optional<IndicatorSet> find(String id, int version) {
      return id.equals(SET) && version == 1 ? Optional.of(set) : Optional.empty();
    }

    @Override
    public Optional<IndicatorSet> applicableTo(OrgUnit unit) {
      return Optional.of(set);
    }

    @Override
    public Optional<Indicator> indicator(String code) {
      return Optional.empty();
    }

    @Override
    public Optional<Indicator> indicatorFor(OrgUnit unit, String code) {
      return Optional.empty();
    }
  }

  /** Keeps publications as the JPA store does: supersession once, in one step. */
  static final class Store implements PublicationStore {
    final Map<String, Publication> all = new LinkedHashMap<>();

    @Override
    public void add(Publication p, Instant at) {
      String old = p.snapshot().supersedes();
      if (old != null) {
        Publication o = all.get(old);
        if (o.supersededBy() != null) {
          throw new EduDxException(
              EduDxException.Kind.CONFLICT,
              Problem.general("x", LocalizedText.of("x"), LocalizedText.of("x")));
        }
        all.put(old, new Publication(o.snapshot(), o.json(), o.checksum(), p.id(), at));
      }
      all.put(p.id(), p);
    }

    @Override
    public Optional<Publication> find(String id) {
      return Optional.ofNullable(all.get(id));
    }

    @Override
    public List<Publication> list() {
      return all.values().stream()
          .sorted(Comparator.comparing((Publication p) -> p.snapshot().createdAt()).reversed())
          .toList();
    }
  }
}
