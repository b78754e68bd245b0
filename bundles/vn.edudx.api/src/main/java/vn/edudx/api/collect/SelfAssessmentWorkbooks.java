package vn.edudx.api.collect;

import java.time.LocalDate;
import java.util.List;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.observation.Observation;
import vn.edudx.api.unit.OrgUnit;

/**
 * The self-assessment workbook a school downloads, fills in Excel and sends back through {@link
 * IngestService#ingestFile}: made by the bundle that reads it, so that the template and its import
 * cannot drift apart.
 */
public interface SelfAssessmentWorkbooks {

  /** The media type of an XLSX workbook. */
  String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * The workbook of one school and period: a heading block, one row per indicator of the set that
   * applies to the school's level, prefilled with its current values, and a hidden sheet naming the
   * set, the school and the period for the import.
   *
   * @param set the indicator set; it must cover the unit ({@link IndicatorSet#covers})
   * @param unit the school (or authority) the workbook is for
   * @param period the period, such as {@code 2024-2025}
   * @param deadline the submission deadline shown in the heading, or {@code null}
   * @param current the unit's current values of the period; values of other units are ignored
   * @return the .xlsx bytes
   * @throws IllegalArgumentException when the set does not cover the unit
   */
  byte[] template(
      IndicatorSet set, OrgUnit unit, String period, LocalDate deadline, List<Observation> current);

  /**
   * The workbook of several units for an office clerk who fills in many schools at once: the same
   * sheet with the columns Mã đơn vị and Tên đơn vị added, one row per unit and applicable
   * indicator, read back by the same import.
   *
   * @param area the code of the area the units belong to, shown in the heading ("" for all)
   * @param units the units, in the order their rows should come; the set must cover each
   * @throws IllegalArgumentException when the list is empty or the set does not cover a unit
   */
  byte[] officeTemplate(
      IndicatorSet set,
      String area,
      List<OrgUnit> units,
      String period,
      LocalDate deadline,
      List<Observation> current);
}
