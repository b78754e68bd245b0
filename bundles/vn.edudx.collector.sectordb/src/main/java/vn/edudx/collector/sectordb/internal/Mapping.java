package vn.edudx.collector.sectordb.internal;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which field of an exported unit becomes which indicator, read from the configuration so that a
 * vendor's export or a new indicator set needs no new code.
 *
 * @param entries the fields in the order configured; a field may feed more than one indicator
 */
record Mapping(List<Entry> entries) {

  /** The shipped mapping: the Ngã Năm plan's counts and the MOET 4725 record flags. */
  static final String DEFAULT =
      "students.total=plan.learners,"
          + " students.digitalRecord=plan.learners-digital-record,"
          + " staff.teachers=plan.teachers,"
          + " staff.digitalRecord=plan.teachers-digital-record,"
          + " facilities.total=plan.facility-items,"
          + " facilities.digitalRecord=plan.facility-items-digital,"
          + " records.studentModule=4725.2.3.2,"
          + " records.eTranscript=4725.2.3.3,"
          + " records.staffModule=4725.2.3.4,"
          + " records.facilityModule=4725.2.3.5,"
          + " records.syncsWithSectorDb=4725.2.3.8,"
          + " records.syncsWithSectorDb=plan.db-sync";

  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
  private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

  /**
   * One field and its indicator.
   *
   * @param path the field's dotted path inside an item, e.g. {@code staff.teachers}
   * @param indicator the indicator code its value is for
   */
  record Entry(String path, String indicator) {
    JsonPointer pointer() {
      return JsonPointer.compile("/" + path.replace('.', '/'));
    }
  }

  Mapping {
    entries = List.copyOf(entries);
  }

  /**
   * Reads {@code path=indicator} entries separated by commas, semicolons or line breaks.
   *
   * @throws IllegalArgumentException naming the first entry that is not {@code path=indicator}
   */
  static Mapping parse(String text) {
    List<Entry> entries = new ArrayList<>();
    for (String part : SEPARATORS.split(text == null ? "" : text.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String path = eq < 0 ? "" : part.substring(0, eq);
      String indicator = eq < 0 ? "" : part.substring(eq + 1);
      if (!PATH.matcher(path).matches() || indicator.isEmpty()) {
        throw new IllegalArgumentException(
            "mapping: '"
                + part
                + "' is not path=indicator (a path is names joined by dots, e.g."
                + " staff.teachers=plan.teachers)");
      }
      entries.add(new Entry(path, indicator));
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("mapping: no path=indicator entry, nothing to collect");
    }
    return new Mapping(entries);
  }
}
