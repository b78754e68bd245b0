package vn.edudx.xlsx;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.edudx.xlsx.XlsxException.Reason;

/**
 * The XML parts of an .xlsx package, inflated under {@link Limits}: the one place that touches the
 * ZIP format, so that the zip-bomb defence cannot be bypassed.
 *
 * <p>Parts are kept in memory because a streaming ZIP reader sees them in file order, and Excel
 * writes the shared strings after the sheets that use them; {@link Limits#maxTotalBytes()} bounds
 * that memory. Other entries (images, printer settings, macros) are inflated and counted, not kept.
 */
final class ZipParts {

  private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
  private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** Part names in lower case, since OPC part names are case-insensitive. */
  private final Map<String, byte[]> parts;

  private ZipParts(Map<String, byte[]> parts) {
    this.parts = parts;
  }

  /** The bytes of a part ("xl/workbook.xml"), or null when the package has no such part. */
  byte[] get(String name) {
    return parts.get(name.toLowerCase(Locale.ROOT));
  }

  /** Reads every entry of the archive, refusing the input as soon as it breaks a limit. */
  static ZipParts read(InputStream in, Limits limits) throws XlsxException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    checkSignature(buffered);
    // The caller owns its stream: close the ZipInputStream (to free its Inflater) but not `in`.
    InputStream notClosing =
        new FilterInputStream(buffered) {
          @Override
          public void close() {}
        };
    Map<String, byte[]> parts = new HashMap<>();
    String current = "";
    try (ZipInputStream zip = new ZipInputStream(notClosing, StandardCharsets.UTF_8)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int count = 0;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        current = normalize(entry.getName());
        if (++count > limits.maxEntries()) {
          throw new XlsxException(
              Reason.TOO_MANY_PARTS,
              "",
              "the file has more than " + limits.maxEntries() + " parts (ZIP entries)",
              null);
        }
        String key = current.toLowerCase(Locale.ROOT);
        boolean keep = !entry.isDirectory() && (key.endsWith(".xml") || key.endsWith(".rels"));
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        long size = 0;
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          size += n;
          total += n;
          if (size > limits.maxEntryBytes()) {
            throw tooLarge(current, "inflates to more than " + bytes(limits.maxEntryBytes()));
          }
          if (total > limits.maxTotalBytes()) {
            throw tooLarge("", "the parts inflate to more than " + bytes(limits.maxTotalBytes()));
          }
          if (keep) {
            out.write(buffer, 0, n);
          }
        }
        if (keep && parts.put(key, out.toByteArray()) != null) {
          throw new XlsxException(
              Reason.MALFORMED, current, "the part occurs twice in the ZIP archive", null);
        }
      }
      if (count == 0) {
        throw new XlsxException(Reason.NOT_XLSX, "", "the ZIP archive is empty", null);
      }
    } catch (ZipException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("encrypted")) {
        throw new XlsxException(
            Reason.ENCRYPTED, current, "the ZIP archive is encrypted: " + message, e);
      }
      throw new XlsxException(Reason.MALFORMED, current, "damaged ZIP archive: " + message, e);
    } catch (EOFException e) {
      throw new XlsxException(
          Reason.MALFORMED, current, "unexpected end of file (the file is truncated)", e);
    } catch (IOException e) {
      throw new XlsxException(Reason.IO_ERROR, current, "could not read the file: " + e, e);
    }
    return new ZipParts(parts);
  }

  /** Tells the common wrong files apart before inflating anything, to give the right advice. */
  private static void checkSignature(BufferedInputStream in) throws XlsxException {
    byte[] head = new byte[4];
    int read;
    try {
      in.mark(head.length);
      read = in.readNBytes(head, 0, head.length);
      in.reset();
    } catch (IOException e) {
      throw new XlsxException(Reason.IO_ERROR, "", "could not read the file: " + e, e);
    }
    if (read == head.length && Arrays.equals(head, ZIP_LOCAL_HEADER)) {
      return;
    }
    if (read == head.length && Arrays.equals(head, OLE2)) {
      throw new XlsxException(
          Reason.ENCRYPTED,
          "",
          "the file is an OLE2 compound document: an old Excel 97-2003 .xls file or a"
              + " password-protected workbook; save it in Excel as an .xlsx workbook without a"
              + " password",
          null);
    }
    if (read == head.length && Arrays.equals(head, ZIP_EMPTY)) {
      throw new XlsxException(Reason.NOT_XLSX, "", "the ZIP archive is empty", null);
    }
    throw new XlsxException(
        Reason.NOT_XLSX,
        "",
        read == 0
            ? "the file is empty"
            : "not an .xlsx file: it is not a ZIP archive (a CSV, HTML or text file renamed to"
                + " .xlsx?)",
        null);
  }

  /** Makes entry names comparable with part names: forward slashes, no leading slash. */
  private static String normalize(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    return n;
  }

  private static XlsxException tooLarge(String part, String what) {
    return new XlsxException(
        Reason.TOO_LARGE, part, what + " (a zip bomb, or a workbook too large to import)", null);
  }

  private static String bytes(long n) {
    return n % (1024 * 1024) == 0 ? n / (1024 * 1024) + " MB" : n + " bytes";
  }
}
