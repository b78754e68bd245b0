package vn.edudx.api.indicator;

import java.util.List;

/**
 * The life of indicator-set versions, for the office: upload a draft, try it on a period's data,
 * activate it for a period, retire it, and read the rules generated from it.
 */
public interface IndicatorSetAdmin {

  /**
   * Checks and stores a draft from a JSON or XLSX definition (told apart by content).
   *
   * @param fileName the name the office gave the file, for messages
   * @throws vn.edudx.api.EduDxException of kind INVALID with every problem found, each located
   */
  SetVersion upload(String fileName, byte[] content, String by);

  /** Scores a period with a version, without storing anything, and compares. */
  DryRun dryRun(String setId, int version, String period);

  /** Makes a version the one that scores a period, and rescores the period's units with it. */
  Activation activate(String setId, int version, String period, String by);

  /** Stops offering a version for new periods. */
  SetVersion retire(String setId, int version, String by);

  /** The Drools rules generated from a version, for audit. */
  String drl(String setId, int version);

  /** A version's definition. */
  IndicatorSet definition(String setId, int version);

  /** A version's definition as an XLSX workbook, for office staff. */
  byte[] workbook(String setId, int version);

  List<SetVersion> versions();

  List<Activation> activations();
}
