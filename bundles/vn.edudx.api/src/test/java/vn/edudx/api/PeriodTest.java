package vn.edudx.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest
  @ValueSource(strings = {"2024-2025", " 2024 - 2025 ", "2024–2025", "2024/2025"})
  void aSchoolYearIsReadAsPeopleTypeIt(String text) {
    Period p = Period.parse(text);
    assertThat(p.code()).isEqualTo("2024-2025");
    assertThat(p.kind()).isEqualTo(Period.Kind.SCHOOL_YEAR);
    assertThat(p.start()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(p.previous().code()).isEqualTo("2023-2024");
  }

  @Test
  void aCalendarYearIsAPeriodToo() {
    assertThat(Period.parse("2025").kind()).isEqualTo(Period.Kind.CALENDAR_YEAR);
    assertThat(Period.parse("2025").previous().code()).isEqualTo("2024");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-2026", "2025-2024", "24-25", "năm 2024", "", "1800"})
  void anythingElseIsAClearErrorInBothLanguages(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOfSatisfying(
            EduDxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EduDxException.Kind.INVALID);
              assertThat(e.problems().get(0).field()).isEqualTo("period");
              assertThat(e.problems().get(0).hint().vi()).contains("2024-2025");
              assertThat(e.problems().get(0).hint().en()).contains("2024-2025");
            });
  }
}
