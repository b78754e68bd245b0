package vn.edudx.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.edudx.api.observation.Provenance;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/**
 * Reads the demo register ({@code demo/units.csv}: code; name; type; level; parent; authority;
 * valid from; valid to). The file ships inside this bundle and is trusted.
 */
final class UnitsCsv {

  private UnitsCsv() {}

  static List<OrgUnit> read(InputStream in) throws IOException {
    List<OrgUnit> units = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setSkipHeaderRecord(true).setHeader().get();
    try (CSVParser csv =
        CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
      for (CSVRecord r : csv) {
        units.add(
            new OrgUnit(
                r.get(0),
                r.get(1),
                UnitType.valueOf(r.get(2)),
                r.get(3).isEmpty() ? null : SchoolLevel.valueOf(r.get(3)),
                blank(r.get(4)),
                blank(r.get(5)),
                r.get(6).isEmpty() ? null : LocalDate.parse(r.get(6)),
                r.get(7).isEmpty() ? null : LocalDate.parse(r.get(7)),
                Provenance.DEMO_SOURCE));
      }
    }
    return units;
  }

  private static String blank(String s) {
    return s.isEmpty() ? null : s;
  }
}
