package vn.edudx.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.edudx.api.EduDxException;
import vn.edudx.api.EduDxException.Kind;
import vn.edudx.api.collect.ApiToken;
import vn.edudx.api.collect.IssuedApiToken;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

class EduDxApiTokensTest {

  private static final Caller ADMIN = new Caller("admin", Role.OFFICE_ADMIN, null);
  private static final Caller PGD_ADMIN = new Caller("qt.pgd", Role.OFFICE_ADMIN, "PGD");
  private static final Caller OTHER_ADMIN = new Caller("qt.khac", Role.OFFICE_ADMIN, "PGD2");

  private final Fixture.Units units = new Fixture.Units();
  private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();
  private final FakeClock clock = new FakeClock(Fixture.START);
  private final EduDxApiTokens tokens;

  EduDxApiTokensTest() {
    units.add(school("S1", "PGD"));
    units.add(school("S2", "PGD2"));
    units.add(new OrgUnit("PGD", "Phòng A", UnitType.OFFICE, null, null, null, null, null, "t"));
    units.add(new OrgUnit("PGD2", "Phòng B", UnitType.OFFICE, null, null, null, null, null, "t"));
    tokens = new EduDxApiTokens(store, units, clock);
  }

  private static OrgUnit school(String code, String office) {
    return new OrgUnit(
        code, "Trường " + code, UnitType.SCHOOL, SchoolLevel.TH, null, office, null, null, "t");
  }

  @Test
  void anIssuedKeyIsARandomPrefixedSecretOfWhichOnlyTheHashIsStored() {
    IssuedApiToken issued = tokens.issue(" S1 ", "  SMAS ", PGD_ADMIN);

    assertThat(issued.secret()).startsWith("edx_").hasSize(4 + 43).matches("edx_[A-Za-z0-9_-]+");
    ApiToken t = issued.token();
    assertThat(t.unitCode()).isEqualTo("S1");
    assertThat(t.label()).isEqualTo("SMAS");
    assertThat(t.createdBy()).isEqualTo("qt.pgd");
    assertThat(t.createdAt()).isEqualTo(Fixture.START);
    assertThat(t.revoked()).isFalse();
    assertThat(store.hashById.get(t.id()))
        .isEqualTo(Tokens.hash(issued.secret()))
        .doesNotContain(issued.secret().substring(4));
    assertThat(store.byId.get(t.id()).toString()).doesNotContain(issued.secret());

    IssuedApiToken second = tokens.issue("S1", null, PGD_ADMIN);
    assertThat(second.secret()).isNotEqualTo(issued.secret());
    assertThat(second.token().id()).isNotEqualTo(t.id());
  }

  @Test
  void onlyAnOfficeAdministratorManagesKeys() {
    for (Role role : new Role[] {Role.OFFICE_REVIEWER, Role.LEADERSHIP, Role.SCHOOL}) {
      Caller c = new Caller("x", role, "S1");
      assertThatThrownBy(() -> tokens.issue("S1", "SMAS", c))
          .isInstanceOfSatisfying(
              EduDxException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
      assertThatThrownBy(() -> tokens.list(c)).isInstanceOf(EduDxException.class);
      assertThatThrownBy(() -> tokens.revoke("x", c)).isInstanceOf(EduDxException.class);
    }
    assertThat(store.byId).isEmpty();
  }

  @Test
  void aKeyIsOnlyForAnExistingSchoolOfTheAdministratorsArea() {
    assertThat(kind(() -> tokens.issue("", "SMAS", ADMIN))).isEqualTo(Kind.INVALID);
    assertThat(kind(() -> tokens.issue("NOPE", "SMAS", ADMIN))).isEqualTo(Kind.INVALID);
    assertThat(kind(() -> tokens.issue("PGD", "SMAS", ADMIN))).isEqualTo(Kind.INVALID);
    assertThat(kind(() -> tokens.issue("S2", "SMAS", PGD_ADMIN))).isEqualTo(Kind.FORBIDDEN);
    assertThat(kind(() -> tokens.issue("S1", "x".repeat(201), ADMIN))).isEqualTo(Kind.INVALID);
    assertThat(store.byId).isEmpty();

    // An administrator bound to no unit reaches every school.
    tokens.issue("S2", "vnEdu", ADMIN);
    tokens.issue("S1", "SMAS", PGD_ADMIN);
    assertThat(tokens.list(ADMIN)).hasSize(2);
    assertThat(tokens.list(PGD_ADMIN)).extracting(ApiToken::unitCode).containsExactly("S1");
    assertThat(tokens.list(OTHER_ADMIN)).extracting(ApiToken::unitCode).containsExactly("S2");
  }

  @Test
  void aKeyAuthenticatesUntilItIsRevokedAndItsUseIsRecorded() {
    IssuedApiToken issued = tokens.issue("S1", "SMAS", PGD_ADMIN);
    clock.advance(Duration.ofMinutes(5));

    ApiToken used = tokens.authenticate(issued.secret()).orElseThrow();
    assertThat(used.id()).isEqualTo(issued.token().id());
    assertThat(used.lastUsedAt()).isEqualTo(Fixture.START.plus(Duration.ofMinutes(5)));
    assertThat(tokens.list(ADMIN).get(0).lastUsedAt()).isEqualTo(used.lastUsedAt());

    // Another administrator's area does not reach it, and answers as if it did not exist.
    assertThat(kind(() -> tokens.revoke(issued.token().id(), OTHER_ADMIN)))
        .isEqualTo(Kind.NOT_FOUND);
    assertThat(tokens.authenticate(issued.secret())).isPresent();

    clock.advance(Duration.ofMinutes(1));
    ApiToken revoked = tokens.revoke(issued.token().id(), PGD_ADMIN);
    assertThat(revoked.revokedAt()).isEqualTo(clock.instant());
    assertThat(revoked.revokedBy()).isEqualTo("qt.pgd");
    assertThat(tokens.authenticate(issued.secret())).isEmpty();
    // Revoking again changes nothing.
    clock.advance(Duration.ofMinutes(1));
    assertThat(tokens.revoke(issued.token().id(), ADMIN)).isEqualTo(revoked);
    assertThat(kind(() -> tokens.revoke("nope", ADMIN))).isEqualTo(Kind.NOT_FOUND);
  }

  @Test
  void malformedOrUnknownSecretsAuthenticateNothing() {
    IssuedApiToken issued = tokens.issue("S1", "SMAS", ADMIN);
    assertThat(tokens.authenticate(null)).isEmpty();
    assertThat(tokens.authenticate("")).isEmpty();
    assertThat(tokens.authenticate(issued.secret().substring(4))).isEmpty();
    assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();
    assertThat(tokens.authenticate("edx_" + "A".repeat(43))).isEmpty();
    assertThat(store.byId.get(issued.token().id()).lastUsedAt()).isNull();
  }

  private static Kind kind(Runnable r) {
    try {
      r.run();
    } catch (EduDxException e) {
      return e.kind();
    }
    throw new AssertionError("no exception");
  }
}
