package vn.edudx.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // decomposed (as some Mac and web forms send it) | composed
        "'Tru\u031bo\u031b\u0300ng '|Trường",
        "' S000123 '|S000123",
        "'Ma\u0303 đơn vi\u0323'|Mã đơn vị",
        "'Mã đơn vị'|Mã đơn vị",
        "'https://s1.edu.vn/minh-chung'|https://s1.edu.vn/minh-chung"
      })
  void cleanComposesAndTrims(String raw, String clean) {
    assertThat(Texts.clean(raw)).isEqualTo(clean);
  }
}
