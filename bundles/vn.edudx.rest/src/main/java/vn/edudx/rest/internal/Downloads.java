package vn.edudx.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.ws.rs.core.Response;
import vn.edudx.api.publication.Exports;
import vn.edudx.api.publication.Publication;

/**
 * A publication's downloads (CSV, XLSX, HTML), for the public and for the office. Unlike the
 * snapshot, a download can change once: when a correction supersedes the publication, it says so.
 * So each download's ETag is the SHA-256 of its own bytes, and it is cached for a few minutes and
 * then revalidated, never as immutable.
 */
final class Downloads {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String PDF = "application/pdf";

  /** What an EduDX HTML page may load: its own inline styles and data images, nothing else. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  /** Who may keep a copy and for how long. */
  enum Audience {
    PUBLIC("public, max-age=300, must-revalidate"),
    OFFICE("private, no-cache");

    final String cacheControl;

    Audience(String cacheControl) {
      this.cacheControl = cacheControl;
    }
  }

  private Downloads() {}

  static Response of(
      Exports exports, Publication p, String format, String ifNoneMatch, Audience audience) {
    byte[] body;
    String type;
    switch (format) {
      case "csv" -> {
        body = exports.csv(p);
        type = "text/csv; charset=UTF-8";
      }
      case "xlsx" -> {
        body = exports.xlsx(p);
        type = XLSX;
      }
      case "html" -> {
        body = exports.html(p).getBytes(StandardCharsets.UTF_8);
        type = "text/html; charset=UTF-8";
      }
      default -> throw new IllegalArgumentException(format);
    }
    return bytes(
        body,
        type,
        "html".equals(format) ? null : "edudx-" + p.id() + "." + format,
        ifNoneMatch,
        audience);
  }

  /**
   * Any download: its ETag is the SHA-256 of its bytes, 304 while the client holds them; an HTML
   * page ({@code filename} {@code null}) gets the content security policy of every EduDX page, a
   * file a name to save it under.
   */
  static Response bytes(
      byte[] body, String type, String filename, String ifNoneMatch, Audience audience) {
    String etag = '"' + sha256(body) + '"';
    Response.ResponseBuilder r =
        ifNoneMatch != null && ifNoneMatch.contains(etag)
            ? Response.notModified()
            : Response.ok(body, type);
    r.header("ETag", etag).header("Cache-Control", audience.cacheControl);
    if (filename == null) {
      r.header("Content-Security-Policy", CSP);
    } else {
      r.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
    return r.build();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
