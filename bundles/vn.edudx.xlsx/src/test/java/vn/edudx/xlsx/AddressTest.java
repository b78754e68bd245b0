package vn.edudx.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Cell references as Excel shows them, and back. */
class AddressTest {

  @Test
  void namesCellsAsExcelDoes() {
    assertThat(Address.of(0, 0)).hasToString("A1");
    assertThat(Address.of(6, 1)).hasToString("B7");
    assertThat(Address.of(0, 25)).hasToString("Z1");
    assertThat(Address.of(0, 26)).hasToString("AA1");
    assertThat(Address.of(0, 701)).hasToString("ZZ1");
    assertThat(Address.of(0, 702)).hasToString("AAA1");
    assertThat(Address.of(1_048_575, 16_383)).hasToString("XFD1048576");
  }

  @Test
  void parsesWhatItWrites() {
    for (int col = 0; col < 16_384; col++) {
      Address a = Address.of(col * 7, col);
      assertThat(Address.parse(a.toString())).isEqualTo(a);
    }
    assertThat(Address.parse("c5")).isEqualTo(Address.of(4, 2));
  }

  @Test
  void refusesWhatIsNotACellReference() {
    assertThat(Address.parse("")).isNull();
    assertThat(Address.parse("A")).isNull();
    assertThat(Address.parse("5")).isNull();
    assertThat(Address.parse("A0")).isNull();
    assertThat(Address.parse("ABCD1")).isNull();
    assertThat(Address.parse("A1B")).isNull();
    assertThat(Address.parse("$A$1")).isNull();
    assertThatThrownBy(() -> Address.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
