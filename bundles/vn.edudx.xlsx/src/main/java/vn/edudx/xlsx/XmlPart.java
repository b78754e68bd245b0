package vn.edudx.xlsx;

import java.io.ByteArrayInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.edudx.xlsx.XlsxException.Reason;

/**
 * A StAX cursor over one package part that can never resolve a DTD or an entity, and that turns
 * every parse error into an {@link XlsxException} naming the part: the only way the reader parses
 * XML.
 *
 * <p>It walks start and end elements only; elements are matched by local name, so that both
 * transitional and strict OOXML namespaces are read.
 */
final class XmlPart implements AutoCloseable {

  /**
   * The JDK's own StAX implementation, not whatever another bundle registers, so that the security
   * settings below are known to hold; configured once and only read afterwards.
   */
  private static final XMLInputFactory FACTORY = createFactory();

  private final String part;
  private final XMLStreamReader reader;

  private XmlPart(String part, XMLStreamReader reader) {
    this.part = part;
    this.reader = reader;
  }

  private static XMLInputFactory createFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  /** Starts reading a part; its encoding comes from its BOM or XML declaration. */
  static XmlPart open(String part, byte[] bytes) throws XlsxException {
    try {
      return new XmlPart(part, FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes)));
    } catch (XMLStreamException e) {
      throw malformed(part, e);
    }
  }

  /**
   * Moves to the next start or end element.
   *
   * @return {@link XMLStreamConstants#START_ELEMENT}, {@link XMLStreamConstants#END_ELEMENT} or, at
   *     the end, {@link XMLStreamConstants#END_DOCUMENT}
   */
  int next() throws XlsxException {
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT:
            return event;
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE:
            // No OOXML part has a DOCTYPE; one is an XXE or billion-laughs attempt.
            throw fail("a DOCTYPE or entity reference is not allowed in a spreadsheet part");
          default:
            break;
        }
      }
      return XMLStreamConstants.END_DOCUMENT;
    } catch (XMLStreamException e) {
      throw malformed(part, e);
    }
  }

  /** The local name of the current element ("sheet", "c", "v"). */
  String name() {
    return reader.getLocalName();
  }

  /** An attribute of the current element by local name, in any namespace; null when absent. */
  String attr(String localName) {
    return reader.getAttributeValue(null, localName);
  }

  /**
   * The text of the current element, which must have no child elements ({@code <v>, <t>}); an
   * entity reference is refused here too, since without a DTD it can only be an attack.
   */
  String text() throws XlsxException {
    StringBuilder text = new StringBuilder();
    try {
      while (true) {
        switch (reader.next()) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              text.append(
                  reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          case XMLStreamConstants.END_ELEMENT -> {
            return text.toString();
          }
          case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {}
          case XMLStreamConstants.START_ELEMENT ->
              throw fail(
                  "unexpected element <" + reader.getLocalName() + "> inside a text element");
          default ->
              throw fail("a DOCTYPE or entity reference is not allowed in a spreadsheet part");
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(part, e);
    }
  }

  /** An exception for a part that parses but makes no sense (a dangling reference, say). */
  XlsxException fail(String message) {
    return new XlsxException(Reason.MALFORMED, part, message, null);
  }

  /** An exception for a limit broken in this part. */
  XlsxException fail(Reason reason, String message) {
    return new XlsxException(reason, part, message, null);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // Nothing is held but memory; the part has been read or has already failed.
    }
  }

  private static XlsxException malformed(String part, XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf("Message: ");
    if (at >= 0) {
      message = message.substring(at + "Message: ".length());
    }
    Location location = e.getLocation();
    String where =
        location == null
            ? ""
            : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    String what =
        message.contains("Premature end of file")
                || message.contains("must start and end within the same entity")
            ? "unexpected end of file" + where
            : "malformed XML" + where + ": " + message.strip();
    return new XlsxException(Reason.MALFORMED, part, what, e);
  }
}
