package vn.edudx.collector.sectordb.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fetches one page of the export over HTTP with the JDK's {@link HttpURLConnection} (always there
 * in OSGi, no bundle to add): timeouts, an optional bearer token or API key, and a size limit
 * enforced while reading, so that a runaway source cannot fill the memory.
 */
final class HttpSource {

  /**
   * How to reach the source.
   *
   * @param url the export's address, without the cursor
   * @param pageSize the {@code limit} asked for
   * @param bearerToken sent as {@code Authorization: Bearer}, when not blank
   * @param apiKeyHeader the header that carries {@code apiKey}
   * @param apiKey sent when not blank
   * @param maxBytes a larger page is refused
   */
  record Settings(
      String url,
      int pageSize,
      Duration connectTimeout,
      Duration readTimeout,
      String bearerToken,
      String apiKeyHeader,
      String apiKey,
      long maxBytes) {}

  private final Settings settings;

  HttpSource(Settings settings) {
    this.settings = settings;
  }

  /**
   * The address of the page after {@code cursor} (empty: the first page).
   *
   * @throws SourceException when the configured url is not an http or https address
   */
  URI pageUri(String cursor) throws SourceException {
    String url = settings.url().strip();
    try {
      URI uri =
          URI.create(
              url
                  + (url.contains("?") ? "&" : "?")
                  + "since="
                  + URLEncoder.encode(cursor, StandardCharsets.UTF_8)
                  + "&limit="
                  + settings.pageSize());
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
        throw new SourceException("source.url", url, "not http or https");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new SourceException(e, "source.url", url, String.valueOf(e.getMessage()));
    }
  }

  /** The configured address for people to read: without any user and password in it. */
  static String display(String url) {
    try {
      return origin(URI.create(url.strip()));
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
  }

  /** The page's address as provenance: the same without any user and password in it. */
  static String origin(URI uri) {
    if (uri.getRawUserInfo() == null) {
      return uri.toString();
    }
    return uri.toString().replace(uri.getRawUserInfo() + "@", "");
  }

  /** The body of the page after {@code cursor}, when the source answered 200 within the limits. */
  byte[] fetch(String cursor) throws SourceException {
    URI uri = pageUri(cursor);
    String where = origin(uri);
    HttpURLConnection http;
    try {
      http = (HttpURLConnection) uri.toURL().openConnection();
    } catch (IOException | IllegalArgumentException e) {
      throw new SourceException(e, "source.url", where, String.valueOf(e.getMessage()));
    }
    try {
      http.setConnectTimeout(millis(settings.connectTimeout()));
      http.setReadTimeout(millis(settings.readTimeout()));
      http.setUseCaches(false);
      http.setRequestProperty("Accept", "application/json");
      if (!settings.bearerToken().isBlank()) {
        http.setRequestProperty("Authorization", "Bearer " + settings.bearerToken().strip());
      }
      if (!settings.apiKey().isBlank() && !settings.apiKeyHeader().isBlank()) {
        http.setRequestProperty(settings.apiKeyHeader().strip(), settings.apiKey().strip());
      }
      int status = http.getResponseCode();
      if (status != HttpURLConnection.HTTP_OK) {
        throw new SourceException("source.http", where, String.valueOf(status));
      }
      long declared = http.getContentLengthLong();
      if (declared > settings.maxBytes()) {
        throw new SourceException("source.too-large", where, kilobytes(settings.maxBytes()));
      }
      try (InputStream in = http.getInputStream()) {
        return readAtMost(in, settings.maxBytes(), where);
      }
    } catch (SocketTimeoutException e) {
      throw new SourceException(
          e, "source.timeout", where, String.valueOf(settings.readTimeout().toSeconds()));
    } catch (IOException e) {
      throw new SourceException(
          e, "source.unreachable", where, e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      http.disconnect();
    }
  }

  private static byte[] readAtMost(InputStream in, long max, String where)
      throws IOException, SourceException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > max) {
        throw new SourceException("source.too-large", where, kilobytes(max));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String kilobytes(long bytes) {
    return String.valueOf(bytes / 1024);
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }
}
