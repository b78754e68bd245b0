package vn.edudx.scoring.drools.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edudx.api.indicator.Rounding;

class PointsTest {

  @ParameterizedTest
  @CsvSource({
    "62.5, 8, 5.00",
    "100, 10, 10.00",
    "0, 7, 0.00",
    "130, 7, 7.00", // clamped to the maximum
    "-5, 7, 0.00",
    "7.15, 7, 0.50", // 0.5005
    "12.5624999999992, 8, 1.00", // 1.004999…: rounded once, not 1.01
    "12.5625, 8, 1.01" // exactly 1.005: half up
  })
  void aPercentageGivesThatShareOfTheMaximumRoundedHalfUpOnce(
      String percent, String max, String expected) {
    assertThat(Rounding.DEFAULT.apply(Points.share(new BigDecimal(percent), new BigDecimal(max))))
        .isEqualByComparingTo(expected);
  }
}
