package vn.edudx.plan.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Lays the HTML report out as an A4 PDF, so that the paper the office signs is the very document it
 * previewed: same sections, same figures, same words. The page rules come from the report's own CSS
 * ({@code @page}); the text is set in DejaVu Serif Condensed, about as wide as Times New Roman,
 * which the bundle carries (full Vietnamese, a free licence, embedded as a subset), because a
 * server has no Times New Roman.
 *
 * <p>No resource outside the document is ever loaded. The bytes depend only on the HTML and the
 * given date: the PDF's dates and its document id are fixed from them, so that the same report
 * gives the same file and the same ETag.
 */
final class PdfReport {

  /** The family the PDF sets every text in. */
  static final String FONT_FAMILY = "DejaVu Serif";

  private static final String FONTS = "fonts/";

  /** The family of the glyphs DejaVu Serif lacks: the status signs ✓ ⚠ ✗ ∅. */
  static final String SIGNS_FAMILY = "DejaVu Sans";

  /** Appended after the report's own CSS: the families the bundle carries. */
  private static final String PRINT_CSS =
      "body{font-family:'"
          + FONT_FAMILY
          + "','"
          + SIGNS_FAMILY
          + "',serif}table.heading,table.signature{font-size:12pt}";

  private PdfReport() {}

  /**
   * @param html the report as {@link HtmlReport} writes it (well-formed, so that it parses as XML)
   * @param date the report's date, used for the PDF's dates so that the bytes are reproducible
   */
  static byte[] write(String html, Calendar date) {
    Document dom = parse(html);
    Element style = dom.createElement("style");
    style.setTextContent(PRINT_CSS);
    dom.getElementsByTagName("head").item(0).appendChild(style);
    List<String> problems = new ArrayList<>();
    ByteArrayOutputStream laidOut = new ByteArrayOutputStream(128 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withW3cDocument(dom, "about:blank");
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.withDiagnosticConsumer(d -> keep(d, problems));
      font(builder, "DejaVuSerifCondensed.ttf", 400, FontStyle.NORMAL);
      font(builder, "DejaVuSerifCondensed-Bold.ttf", 700, FontStyle.NORMAL);
      font(builder, "DejaVuSerifCondensed-Italic.ttf", 400, FontStyle.ITALIC);
      font(builder, "DejaVuSerifCondensed-BoldItalic.ttf", 700, FontStyle.ITALIC);
      font(builder, SIGNS_FAMILY, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
      font(builder, SIGNS_FAMILY, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
      builder.withProducer("EduDX");
      builder.usePdfUaAccessibility(true);
      builder.toStream(laidOut);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("The PDF report could not be laid out: " + problems, e);
    }
    return fix(laidOut.toByteArray(), html, date);
  }

  /** The report's date as the calendar the PDF's information dictionary takes (noon, Vietnam). */
  static Calendar calendar(LocalDate date) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
    c.clear();
    c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
    return c;
  }

  private static void keep(Diagnostic d, List<String> problems) {
    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
      problems.add(d.getFormattedMessage());
    }
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    font(builder, FONT_FAMILY, file, weight, style);
  }

  private static void font(
      PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
    builder.useFont(() -> open(file), family, weight, style, true);
  }

  private static InputStream open(String file) {
    InputStream in = PdfReport.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("The bundle lacks its font " + FONTS + file);
    }
    return in;
  }

  /**
   * Sets the creation and modification dates from the report's date, and the file identifier from
   * the report's content, where the layout put the time of the run.
   */
  private static byte[] fix(byte[] pdf, String html, Calendar date) {
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setCreationDate(date);
      info.setModificationDate(date);
      byte[] id = Arrays.copyOf(sha256(html + "\n" + date.getTimeInMillis()), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report as a DOM: no DTD is read and no entity expanded, whatever the text holds. */
  static Document parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setValidating(false);
      f.setExpandEntityReferences(false);
      f.setXIncludeAware(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler());
      return b.parse(new InputSource(new StringReader(html)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("The HTML report is not well-formed: " + e.getMessage(), e);
    }
  }
}
