package vn.edudx.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edudx.workflow.internal.Fixture.vietnam;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edudx.api.Period;
import vn.edudx.api.workflow.Deadlines;

class CalendarTest {

  private final Calendar calendar = new Calendar("05-31", "06-20");

  @Test
  void aSchoolYearsDeadlinesFallInItsEndYear() {
    assertThat(calendar.deadlines(Period.parse("2024-2025")))
        .isEqualTo(
            new Deadlines("2024-2025", LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 20)));
  }

  @Test
  void aCalendarYearsDeadlinesFallInThatYear() {
    assertThat(calendar.deadlines(Period.parse("2025")))
        .isEqualTo(new Deadlines("2025", LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 20)));
  }

  @Test
  void theSubmitByDayEndsAtMidnightInVietnam() {
    Period p = Period.parse("2024-2025");
    assertThat(calendar.isLate(p, vietnam(2025, 5, 31, 23, 59))).isFalse();
    assertThat(calendar.isLate(p, vietnam(2025, 6, 1, 0, 0))).isTrue();
    // 17:00 UTC on 31 May is already 1 June in Vietnam.
    assertThat(calendar.isLate(p, java.time.Instant.parse("2025-05-31T17:00:00Z"))).isTrue();
  }

  @Test
  void theOfficeSetsOtherDays() {
    Calendar other = new Calendar("06-15", " 07-01 ");
    assertThat(other.deadlines(Period.parse("2023-2024")).submitBy())
        .isEqualTo(LocalDate.of(2024, 6, 15));
    assertThat(other.deadlines(Period.parse("2023-2024")).publishBy())
        .isEqualTo(LocalDate.of(2024, 7, 1));
  }

  @Test
  void aDayThatIsNotMonthDashDayIsRefusedWithTheKey() {
    assertThatThrownBy(() -> new Calendar("31/05", "06-20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("submitBy")
        .hasMessageContaining("MM-dd");
    assertThatThrownBy(() -> new Calendar("05-31", "13-01")).hasMessageContaining("publishBy");
  }
}
