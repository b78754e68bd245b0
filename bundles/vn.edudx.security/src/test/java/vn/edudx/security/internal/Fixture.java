package vn.edudx.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.edudx.api.EduDxException;
import vn.edudx.api.Problem;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.unit.UnitType;

/**
 * The sign-in service as it runs in Karaf, but over in-memory stores, a JAAS configuration naming
 * the login module directly and a clock the test moves.
 */
final class Fixture {

  static final String PASSWORD = "mùa nước nổi 2025";
  static final Instant START = Instant.parse("2025-05-01T08:00:00Z");

  final InMemoryUserStore users = new InMemoryUserStore();
  final Units units = new Units();
  final PasswordHasher hasher = new PasswordHasher(TestRealm.ITERATIONS);
  final FakeClock clock = new FakeClock(START);
  final Throttle throttle = new Throttle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
  final EduDxAuthService service;

  Fixture() {
    this(null);
  }

  /** With another password check than JAAS over the realm {@code edudx}. */
  Fixture(PasswordCheck check) {
    units.add(
        new OrgUnit(
            "S1",
            "Trường TH Ngã Năm",
            UnitType.SCHOOL,
            SchoolLevel.TH,
            null,
            "PGD",
            null,
            null,
            "t"));
    units.add(
        new OrgUnit(
            "PGD", "Phòng GD&ĐT Ngã Năm", UnitType.OFFICE, null, null, null, null, null, "t"));
    service =
        new EduDxAuthService(
            users,
            units,
            hasher,
            check != null
                ? check
                : new JaasPasswordCheck(EduDxRealm.NAME, TestRealm.of(users, hasher)),
            throttle,
            clock,
            Duration.ofHours(8));
  }

  /** A school user {@code th.nga-nam} of school S1 and an office admin {@code admin}. */
  Fixture withUsers() {
    service.create("th.nga-nam", "Trường TH Ngã Năm", Role.SCHOOL, "S1", PASSWORD.toCharArray());
    service.create("admin", "Quản trị", Role.OFFICE_ADMIN, null, PASSWORD.toCharArray());
    return this;
  }

  static List<String> codes(EduDxException e) {
    return e.problems().stream().map(Problem::code).toList();
  }

  /** The register of units, in a map. */
  static final class Units implements UnitStore {
    private final Map<String, OrgUnit> byCode = new TreeMap<>();

    void add(OrgUnit u) {
      byCode.put(u.code(), u);
    }

    @Override
    public Optional<OrgUnit> find(String code) {
      return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<OrgUnit> list(UnitType type, SchoolLevel level) {
      return byCode.values().stream()
          .filter(u -> type == null || u.type() == type)
          .filter(u -> level == null || u.level() == level)
          .toList();
    }

    @Override
    public List<OrgUnit> findAll(Collection<String> codes) {
      return codes.stream().map(byCode::get).filter(u -> u != null).toList();
    }

    @Override
    public int upsert(List<OrgUnit> units) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      return byCode.size();
    }
  }
}
