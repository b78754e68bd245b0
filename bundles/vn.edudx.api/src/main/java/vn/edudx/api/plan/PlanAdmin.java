package vn.edudx.api.plan;

import java.util.List;

/**
 * How an office brings its own plan: another town's plan is another file, uploaded, checked against
 * the indicator set it names and stored as a frozen version. The newest version of a plan is the
 * one evaluated.
 */
public interface PlanAdmin {

  /** The largest definition accepted, in bytes. */
  int MAX_BYTES = 2 * 1024 * 1024;

  /**
   * Reads, checks and stores a definition.
   *
   * @param content the JSON file
   * @param fileName the name the problems are located in
   * @param by who uploads it
   * @return the stored version (without its definition); the same file twice stores it once
   * @throws vn.edudx.api.EduDxException INVALID with every problem located (file, line, column,
   *     field) when the file is not a valid plan, CONFLICT when its version is stored with other
   *     content
   */
  PlanVersion upload(byte[] content, String fileName, String by);

  /** Every stored version of every plan, without definitions. */
  List<PlanVersion> versions();
}
