package vn.edudx.xlsx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import vn.edudx.xlsx.XlsxException.Reason;

/**
 * Reads the shared string table, where Excel keeps the text of every {@code t="s"} cell once. Rich
 * text is flattened (the runs' text joined, formatting dropped) and phonetic guides ({@code <rPh>})
 * are left out, since importers need the text the user sees.
 */
final class SharedStrings {

  private SharedStrings() {}

  /** The strings in table order; a cell's value is an index into this list. */
  static List<String> read(String part, byte[] bytes, Limits limits) throws XlsxException {
    List<String> strings = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean phonetic = false;
    try (XmlPart xml = XmlPart.open(part, bytes)) {
      for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
        String name = xml.name();
        if (e == XMLStreamConstants.START_ELEMENT) {
          switch (name) {
            case "si" -> text.setLength(0);
            case "rPh" -> phonetic = true;
            case "t" -> {
              String run = xml.text();
              if (!phonetic) {
                text.append(run);
              }
            }
            default -> {}
          }
        } else if (name.equals("rPh")) {
          phonetic = false;
        } else if (name.equals("si")) {
          String value = OoxmlText.decode(text.toString());
          if (value.length() > limits.maxCellLength()) {
            throw xml.fail(
                Reason.CELL_TOO_LONG,
                "shared string "
                    + strings.size()
                    + " has more than "
                    + limits.maxCellLength()
                    + " characters");
          }
          strings.add(value);
        }
      }
    }
    return strings;
  }
}
