package vn.edudx.api.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The area of an office, a department and a place, on a small tree like Ngã Năm's. */
class UnitStoreCoversTest {

  private static OrgUnit unit(String code, UnitType type, String parent, String authority) {
    return new OrgUnit(
        code,
        code,
        type,
        type == UnitType.SCHOOL ? SchoolLevel.TH : null,
        parent,
        authority,
        null,
        null,
        "t");
  }

  private final Map<String, OrgUnit> register =
      List.of(
              unit("ST", UnitType.PROVINCE, null, null),
              unit("NN", UnitType.DISTRICT, "ST", null),
              unit("ST-SGD", UnitType.DEPARTMENT, "ST", null),
              unit("NN-PGD", UnitType.OFFICE, "NN", null),
              unit("NN-P1", UnitType.WARD, "NN", null),
              unit("TH-1", UnitType.SCHOOL, "NN-P1", "NN-PGD"),
              unit("THPT-1", UnitType.SCHOOL, "NN-P1", "ST-SGD"),
              unit("KT-PGD", UnitType.OFFICE, "KT", null),
              unit("KT", UnitType.DISTRICT, "ST", null),
              unit("KT-TH", UnitType.SCHOOL, "KT", "KT-PGD"))
          .stream()
          .collect(Collectors.toMap(OrgUnit::code, Function.identity()));

  private final UnitStore store =
      new UnitStore() {
        @Override
        public Optional<OrgUnit> find(String code) {
          return Optional.ofNullable(register.get(code));
        }

        @Override
        public List<OrgUnit> list(UnitType type, SchoolLevel level) {
          return List.copyOf(register.values());
        }

        @Override
        public List<OrgUnit> findAll(Collection<String> codes) {
          return codes.stream().map(register::get).filter(u -> u != null).toList();
        }

        @Override
        public int upsert(List<OrgUnit> units) {
          return 0;
        }

        @Override
        public long count() {
          return register.size();
        }
      };

  @Test
  void anOfficeCoversTheSchoolsItManagesAndNoOthers() {
    assertThat(store.covers("NN-PGD", "TH-1")).isTrue();
    assertThat(store.covers("NN-PGD", "NN-PGD")).isTrue();
    // The upper-secondary school in the same ward belongs to the department.
    assertThat(store.covers("NN-PGD", "THPT-1")).isFalse();
    assertThat(store.covers("NN-PGD", "KT-TH")).isFalse();
  }

  @Test
  void aDepartmentCoversItsProvinceAndAPlaceWhatLiesUnderIt() {
    assertThat(store.covers("ST-SGD", "THPT-1")).isTrue();
    assertThat(store.covers("ST-SGD", "TH-1")).isTrue();
    assertThat(store.covers("ST-SGD", "KT-TH")).isTrue();
    assertThat(store.covers("NN", "TH-1")).isTrue();
    assertThat(store.covers("NN", "KT-TH")).isFalse();
  }

  @Test
  void noAreaCoversAllAndAnUnknownUnitNothing() {
    assertThat(store.covers(null, "KT-TH")).isTrue();
    assertThat(store.covers("NN-PGD", "NO-SUCH")).isFalse();
  }
}
