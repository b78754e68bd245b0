package vn.edudx.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

class DemoDataTest {

  private static List<OrgUnit> units() throws IOException {
    try (InputStream in = DemoDataTest.class.getResourceAsStream("/demo/units.csv")) {
      return UnitsCsv.read(in);
    }
  }

  @Test
  void theRegisterHasTheOfficeAndAboutThirtySchoolsOfEveryLevelInTheEightWardsAndCommunes()
      throws IOException {
    List<OrgUnit> all = units();
    Map<String, OrgUnit> byCode =
        all.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
    List<OrgUnit> schools = all.stream().filter(OrgUnit::isSchool).toList();

    assertThat(byCode.get("NN-PGD").type()).isEqualTo(UnitType.OFFICE);
    assertThat(schools).hasSizeBetween(28, 32);
    assertThat(schools.stream().map(u -> u.level().mainLevel()).collect(Collectors.toSet()))
        .contains(SchoolLevel.MN, SchoolLevel.TH, SchoolLevel.THCS, SchoolLevel.THPT);
    assertThat(all.stream().filter(u -> u.type() == UnitType.WARD || u.type() == UnitType.COMMUNE))
        .extracting(OrgUnit::name)
        .containsExactlyInAnyOrder(
            "Phường 1",
            "Phường 2",
            "Phường 3",
            "Xã Long Bình",
            "Xã Mỹ Bình",
            "Xã Mỹ Quới",
            "Xã Tân Long",
            "Xã Vĩnh Quới");
    // Every school sits in a ward or commune; the office manages up to lower secondary, the
    // province's department upper secondary and continuing education.
    assertThat(schools)
        .allSatisfy(
            s -> {
              assertThat(byCode.get(s.parentCode()).type()).isIn(UnitType.WARD, UnitType.COMMUNE);
              assertThat(byCode.get(s.authorityCode()).type())
                  .isEqualTo(
                      s.level() == SchoolLevel.THPT || s.level() == SchoolLevel.GDTX
                          ? UnitType.DEPARTMENT
                          : UnitType.OFFICE);
              assertThat(s.source()).isEqualTo("demo");
            });
  }

  @Test
  void everyDemoFileShipsInTheBundle() {
    Set<String> missing =
        DemoLoader.OBSERVATIONS.stream()
            .filter(f -> DemoDataTest.class.getResource("/demo/" + f) == null)
            .collect(Collectors.toSet());
    assertThat(missing).isEmpty();
  }

  @Test
  void demoUsersAreBoundToUnitsOfTheRegisterWithPasswordsThePolicyAccepts() throws IOException {
    Map<String, OrgUnit> byCode =
        units().stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
    List<String[]> users;
    try (InputStream in = DemoDataTest.class.getResourceAsStream("/demo/users.csv")) {
      users =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .map(l -> l.split(";", -1))
              .toList();
    }
    assertThat(users)
        .extracting(u -> vn.edudx.api.security.Role.valueOf(u[2]))
        .containsOnly(vn.edudx.api.security.Role.values());
    assertThat(users)
        .allSatisfy(
            u -> {
              assertThat(u).hasSize(5);
              // The demo administrator is bound to no unit (it sees every area); the others are.
              if (u[3].isEmpty()) {
                assertThat(u[2]).as(u[0]).isEqualTo("OFFICE_ADMIN");
              } else {
                OrgUnit unit = byCode.get(u[3]);
                assertThat(unit).as(u[0]).isNotNull();
                assertThat(unit.isSchool()).as(u[0]).isEqualTo("SCHOOL".equals(u[2]));
              }
              assertThat(u[4]).hasSizeGreaterThanOrEqualTo(10).doesNotContainIgnoringCase(u[0]);
            });
  }
}
