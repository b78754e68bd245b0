package vn.edudx.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Có", "co", "CÓ", "yes", "1", "Đạt", "x", " có "})
  void yes(String text) {
    assertThat(Values.yesNo(text)).contains(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Không", "khong", "no", "0", "Chưa đạt", "false"})
  void no(String text) {
    assertThat(Values.yesNo(text)).contains(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", "có lẽ"})
  void neither(String text) {
    assertThat(Values.yesNo(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "85,5|85.5",
        "85.5|85.5",
        "85,5 %|85.5",
        "100%|100",
        "1.234,5|1234.5",
        "1,234.5|1234.5",
        "0|0",
        "-3|-3"
      })
  void numbersWithEitherDecimalSeparator(String text, String expected) {
    assertThat(Values.number(text))
        .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1,2,3", "12a", "", "%"})
  void notNumbers(String text) {
    assertThat(Values.number(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"85.50,85.5", "100.0,100", "1E+2,100", "0.000,0"})
  void canonicalNumbersHaveNoTrailingZerosOrExponent(String in, String out) {
    assertThat(Values.canonical(new BigDecimal(in))).isEqualTo(out);
  }
}
