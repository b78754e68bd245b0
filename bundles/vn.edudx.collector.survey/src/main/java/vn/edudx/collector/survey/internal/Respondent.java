package vn.edudx.collector.survey.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.UnitType;
import vn.edudx.collector.support.Texts;

/**
 * Who answered a survey: learners and parents rate a school, citizens and organisations rate the
 * education office; the kind decides which satisfaction indicator a unit's answers feed.
 */
enum Respondent {
  LEARNER(true, "learner", "nguoi_hoc", "hoc_sinh"),
  PARENT(true, "parent", "phu_huynh", "cha_me_hoc_sinh"),
  CITIZEN(false, "citizen", "nguoi_dan", "ca_nhan"),
  ORGANISATION(false, "organisation", "organization", "to_chuc");

  static final String SCHOOL_INDICATOR = "plan.satisfaction-learners";
  static final String OFFICE_INDICATOR = "plan.satisfaction-public";

  private final boolean ratesSchool;
  private final List<String> names;

  Respondent(boolean ratesSchool, String... names) {
    this.ratesSchool = ratesSchool;
    this.names = List.of(names);
  }

  /** The respondent kind written in English or Vietnamese, with or without accents. */
  static Optional<Respondent> of(String text) {
    String key = Texts.key(text);
    return Arrays.stream(values()).filter(r -> r.names.contains(key)).findFirst();
  }

  boolean ratesSchool() {
    return ratesSchool;
  }

  /** Whether this kind of respondent may rate the unit: a school, or an education authority. */
  boolean fits(OrgUnit unit) {
    return ratesSchool
        ? unit.isSchool()
        : unit.type() == UnitType.OFFICE || unit.type() == UnitType.DEPARTMENT;
  }

  /** The indicator the answers of this kind of respondent feed. */
  String indicator() {
    return ratesSchool ? SCHOOL_INDICATOR : OFFICE_INDICATOR;
  }
}
