package vn.edudx.xlsx;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * The sheets of a workbook in tab order, the whole of what EduDX takes from an .xlsx file.
 *
 * @param sheets the sheets, in the order of their tabs (hidden sheets included)
 */
public record Workbook(List<Sheet> sheets) {

  /** Copies the list so that a workbook never changes. */
  public Workbook {
    sheets = List.copyOf(sheets);
  }

  /**
   * Finds a sheet by name as Excel does, ignoring case; names are also compared in Unicode NFC,
   * because Vietnamese keyboards may type "Mức" either precomposed or with combining marks.
   */
  public Optional<Sheet> sheet(String name) {
    String wanted = Normalizer.normalize(name, Normalizer.Form.NFC);
    return sheets.stream()
        .filter(s -> Normalizer.normalize(s.name(), Normalizer.Form.NFC).equalsIgnoreCase(wanted))
        .findFirst();
  }
}
