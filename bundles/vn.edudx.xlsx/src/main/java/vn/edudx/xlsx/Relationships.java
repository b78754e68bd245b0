package vn.edudx.xlsx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * The relationships of one part (its {@code _rels/*.rels} file) with their targets resolved to part
 * names, because workbooks written by different programs point to their sheets both relatively
 * ("worksheets/sheet1.xml") and absolutely ("/xl/worksheets/sheet1.xml").
 */
final class Relationships {

  /**
   * One relationship.
   *
   * @param type the relationship type URI, compared by its last segment ("worksheet")
   * @param part the target as a part name, e.g. "xl/worksheets/sheet1.xml"
   */
  record Target(String type, String part) {

    /** Whether the type ends with the given segment, in transitional and strict OOXML alike. */
    boolean is(String kind) {
      return type.endsWith("/" + kind);
    }
  }

  private Relationships() {}

  /**
   * Reads the relationships of a part, keyed by id; an empty map when the part has none, so that
   * callers can fall back to the usual part names.
   */
  static Map<String, Target> of(ZipParts parts, String source) throws XlsxException {
    int slash = source.lastIndexOf('/');
    String dir = source.substring(0, slash + 1);
    String relsPart = dir + "_rels/" + source.substring(slash + 1) + ".rels";
    byte[] bytes = parts.get(relsPart);
    Map<String, Target> targets = new HashMap<>();
    if (bytes == null) {
      return targets;
    }
    try (XmlPart xml = XmlPart.open(relsPart, bytes)) {
      for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
        if (e == XMLStreamConstants.START_ELEMENT
            && xml.name().equals("Relationship")
            && !"External".equals(xml.attr("TargetMode"))) {
          String id = xml.attr("Id");
          String target = xml.attr("Target");
          if (id != null && target != null) {
            targets.put(id, new Target(String.valueOf(xml.attr("Type")), resolve(dir, target)));
          }
        }
      }
    }
    return targets;
  }

  /** The part name a target points to from a part in {@code dir} ("xl/"). */
  static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        segments.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }
}
