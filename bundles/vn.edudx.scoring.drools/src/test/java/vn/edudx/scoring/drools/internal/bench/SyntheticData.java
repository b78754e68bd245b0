package vn.edudx.scoring.drools.internal.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.edudx.api.indicator.Criterion;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.ValueType;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/**
 * A province-sized register made up from a fixed seed: offices, the schools they manage and a value
 * for (almost) every indicator of each. Seeded so that two runs score exactly the same data and
 * their figures can be compared.
 *
 * <p>Values look like real returns rather than best cases: yes/no answers are random, percentages
 * have two decimals, about 3 % of the values are missing (so the "missing" rules fire too), and
 * some offices report a work-file total of 0 (so the "no base" rule of 3806 criterion 1.3 fires).
 * Every value carries an evidence link and a provenance, as imported values do.
 */
final class SyntheticData {

  static final String PERIOD = "2024-2025";

  /** The share of values left out, in percent. */
  private static final int MISSING_PERCENT = 3;

  /** The share of offices whose ratio denominator is 0, in percent. */
  private static final int ZERO_BASE_PERCENT = 5;

  private static final SchoolLevel[] LEVELS = {
    SchoolLevel.TH, SchoolLevel.THCS, SchoolLevel.THPT, SchoolLevel.GDTX, SchoolLevel.TH_THCS
  };

  private static final Instant RECEIVED = Instant.parse("2025-05-15T08:00:00Z");

  final List<OrgUnit> offices = new ArrayList<>();
  final List<OrgUnit> schools = new ArrayList<>();

  /** Each school's values, in the order of {@link #schools}; changed in place by re-scoring. */
  final List<List<Observation>> schoolValues = new ArrayList<>();

  final List<Observation> officeValues = new ArrayList<>();

  private final Random random;
  private long nextId = 1;

  private SyntheticData(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Makes the register: office {@code OFF0001}…, schools {@code S000001}… given to the offices in
   * turn (so each manages {@code schools / offices} of them, ±1), levels cycling TH, THCS, THPT,
   * GDTX, TH_THCS.
   */
  static SyntheticData generate(
      long seed, int schoolCount, int officeCount, IndicatorSet schoolSet, IndicatorSet officeSet) {
    SyntheticData d = new SyntheticData(seed);
    for (int o = 0; o < officeCount; o++) {
      String code = String.format("OFF%04d", o + 1);
      OrgUnit office =
          new OrgUnit(
              code, "Phòng GD&ĐT " + code, UnitType.OFFICE, null, null, null, null, null, "bench");
      d.offices.add(office);
      d.officeValues.addAll(d.officeValues(office, officeSet, o));
    }
    for (int s = 0; s < schoolCount; s++) {
      String code = String.format("S%06d", s + 1);
      OrgUnit office = d.offices.get(s % officeCount);
      OrgUnit school =
          new OrgUnit(
              code,
              "Trường " + code,
              UnitType.SCHOOL,
              LEVELS[s % LEVELS.length],
              null,
              office.code(),
              null,
              null,
              "bench");
      d.schools.add(school);
      Provenance from =
          new Provenance(
              s % officeCount, "file", "default", office.code() + ".csv", s, RECEIVED, "system");
      List<Observation> values = new ArrayList<>();
      for (Indicator i : schoolSet.indicators()) {
        if (d.random.nextInt(100) >= MISSING_PERCENT) {
          values.add(d.observation(code, i.code(), d.randomValue(i.type()), from));
        }
      }
      d.schoolValues.add(values);
    }
    return d;
  }

  /** Every school's values in one list, as a period's current values are read for scoring. */
  List<Observation> allSchoolValues() {
    List<Observation> all = new ArrayList<>();
    schoolValues.forEach(all::addAll);
    return all;
  }

  /**
   * Changes one value of a school as a new return would: a yes/no answer flips, a number is drawn
   * again, a missing value arrives.
   *
   * @return the new value
   */
  Observation change(int school, Indicator indicator) {
    List<Observation> values = schoolValues.get(school);
    Observation old = null;
    for (int k = 0; k < values.size(); k++) {
      if (values.get(k).indicatorCode().equals(indicator.code())) {
        old = values.remove(k);
        break;
      }
    }
    String value =
        old != null && indicator.type() == ValueType.BOOLEAN
            ? Boolean.toString(!old.asBoolean())
            : randomValue(indicator.type());
    Provenance from =
        new Provenance(nextId, "web", "default", "form", null, RECEIVED, "teacher@school");
    Observation changed = observation(schools.get(school).code(), indicator.code(), value, from);
    values.add(changed);
    return changed;
  }

  private List<Observation> officeValues(OrgUnit office, IndicatorSet set, int index) {
    Provenance from =
        new Provenance(
            100_000 + index, "file", "default", "offices.csv", index, RECEIVED, "system");
    List<Observation> values = new ArrayList<>();
    for (Indicator i : set.indicators()) {
      if (random.nextInt(100) >= MISSING_PERCENT) {
        values.add(observation(office.code(), i.code(), randomValue(i.type()), from));
      }
    }
    // A ratio's parts come from the same register: the part is at most the whole, and a few
    // offices have no files at all.
    for (Criterion c : set.allCriteria()) {
      if (c.denominator() == null) {
        continue;
      }
      int whole = random.nextInt(100) < ZERO_BASE_PERCENT ? 0 : 1 + random.nextInt(5_000);
      int part = whole == 0 ? 0 : random.nextInt(whole + 1);
      replace(values, office.code(), c.denominator(), Integer.toString(whole), from);
      replace(values, office.code(), c.input(), Integer.toString(part), from);
    }
    return values;
  }

  /** Sets a value that was generated (keeping the missing ones missing). */
  private void replace(
      List<Observation> values, String unit, String indicator, String value, Provenance from) {
    for (int k = 0; k < values.size(); k++) {
      if (values.get(k).indicatorCode().equals(indicator)) {
        values.set(k, observation(unit, indicator, value, from));
      }
    }
  }

  private String randomValue(ValueType type) {
    return switch (type) {
      case BOOLEAN -> Boolean.toString(random.nextBoolean());
      case PERCENT -> BigDecimal.valueOf(random.nextInt(10_001), 2).toPlainString();
      case NUMBER -> Integer.toString(random.nextInt(5_001));
      case TEXT -> "x";
    };
  }

  private Observation observation(String unit, String indicator, String value, Provenance from) {
    return new Observation(
        nextId++,
        unit,
        PERIOD,
        indicator,
        value,
        "https://truong.edu.vn/" + unit + "/" + indicator,
        null,
        from);
  }
}
